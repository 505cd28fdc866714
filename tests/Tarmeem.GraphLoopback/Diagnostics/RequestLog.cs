using System.Text.RegularExpressions;

namespace Tarmeem.GraphLoopback.Diagnostics;

/// <summary>Every request the server answered, in order, so tests can count round trips.</summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RequestLogEntry> _entries = [];

    public IReadOnlyList<RequestLogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return _entries.ToArray();
            }
        }
    }

    public int Count(Func<RequestLogEntry, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Entries.Count(predicate);
    }

    /// <summary>Counts entries whose decoded <see cref="RequestLogEntry.Path"/> matches a regular expression.</summary>
    public int CountPath(string pathPattern) =>
        Count(e => Regex.IsMatch(e.Path, pathPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    internal void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }
}
