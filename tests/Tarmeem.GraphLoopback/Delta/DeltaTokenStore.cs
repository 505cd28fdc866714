using System.Security.Cryptography;

namespace Tarmeem.GraphLoopback.Delta;

/// <summary>Issued next/delta link tokens, and which of them a test has expired.</summary>
public sealed class DeltaTokenStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DeltaCursor> _cursors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expired = new(StringComparer.Ordinal);

    /// <summary>Expires every token issued so far: their next use answers 410 Gone.</summary>
    public void ExpireAll()
    {
        lock (_gate)
        {
            _expired.UnionWith(_cursors.Keys);
        }
    }

    /// <summary>Expires the token in a next or delta link (or a bare token); false when it was never issued.</summary>
    public bool Expire(string linkOrToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(linkOrToken);
        var token = ExtractToken(linkOrToken);
        lock (_gate)
        {
            return _cursors.ContainsKey(token) && _expired.Add(token);
        }
    }

    public int IssuedCount
    {
        get
        {
            lock (_gate)
            {
                return _cursors.Count;
            }
        }
    }

    internal string Issue(DeltaCursor cursor)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        lock (_gate)
        {
            _cursors[token] = cursor;
        }

        return token;
    }

    internal TokenLookup Find(string token, out DeltaCursor? cursor)
    {
        lock (_gate)
        {
            if (!_cursors.TryGetValue(token, out cursor))
            {
                return TokenLookup.Unknown;
            }

            return _expired.Contains(token) ? TokenLookup.Expired : TokenLookup.Found;
        }
    }

    private static string ExtractToken(string linkOrToken)
    {
        var query = linkOrToken.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return linkOrToken;
        }

        var parsed = Http.ODataQuery.Parse(linkOrToken[(query + 1)..]);
        return parsed.Get("token") ?? parsed.Get("skiptoken") ?? parsed.Get("deltatoken") ?? linkOrToken;
    }
}
