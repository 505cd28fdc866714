namespace Tarmeem.GraphLoopback.Http;

/// <summary>
/// Graph's path addressing inside a URL: <c>/sites/host:/sites/Cases:/lists</c>, <c>/items/root:/a/b.docx:/content</c>.
/// The segment that opens it ends with ':'; the path runs to the next segment ending with ':' or to the end.
/// </summary>
public static class ColonPath
{
    public static bool TryRead(IReadOnlyList<string> segments, int start, out string head, out string path, out int next)
    {
        ArgumentNullException.ThrowIfNull(segments);
        head = string.Empty;
        path = string.Empty;
        next = start;
        if (start >= segments.Count || !segments[start].EndsWith(':'))
        {
            return false;
        }

        head = segments[start][..^1];
        var parts = new List<string>();
        var i = start + 1;
        for (; i < segments.Count; i++)
        {
            if (segments[i].EndsWith(':'))
            {
                parts.Add(segments[i][..^1]);
                i++;
                break;
            }

            parts.Add(segments[i]);
        }

        path = string.Join('/', parts);
        next = i;
        return true;
    }

    /// <summary>True for the delta function segment in any form clients send: <c>delta</c>, <c>delta()</c>, <c>microsoft.graph.delta()</c>.</summary>
    public static bool IsDelta(string segment) => IsDelta(segment, out _);

    /// <summary>As <see cref="IsDelta(string)"/>, also reading the SDK's <c>delta(token='…')</c> form.</summary>
    public static bool IsDelta(string segment, out string? token)
    {
        ArgumentNullException.ThrowIfNull(segment);
        token = null;
        const string withToken = "delta(token='";
        if (segment.StartsWith(withToken, StringComparison.OrdinalIgnoreCase) && segment.EndsWith("')", StringComparison.Ordinal))
        {
            token = segment[withToken.Length..^2];
            return true;
        }

        var name = segment.EndsWith("()", StringComparison.Ordinal) ? segment[..^2] : segment;
        return name.Equals("delta", StringComparison.OrdinalIgnoreCase)
            || name.Equals("microsoft.graph.delta", StringComparison.OrdinalIgnoreCase);
    }
}
