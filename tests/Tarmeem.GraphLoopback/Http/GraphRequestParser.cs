using System.Text.RegularExpressions;

namespace Tarmeem.GraphLoopback.Http;

/// <summary>Turns a raw target (<c>/v1.0/users('x')/messages/delta()?%24select=id</c>) into a <see cref="GraphRequest"/>.</summary>
internal static partial class GraphRequestParser
{
    public const string Version = "v1.0";

    /// <summary>Parses a target; <paramref name="versioned"/> says whether it started with <c>/v1.0</c>.</summary>
    public static GraphRequest Parse(
        string method,
        string rawTarget,
        IReadOnlyDictionary<string, string> headers,
        ReadOnlyMemory<byte> body,
        bool inBatch,
        out bool versioned)
    {
        var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = question < 0 ? rawTarget : rawTarget[..question];
        var rawQuery = question < 0 ? null : rawTarget[(question + 1)..];
        var segments = Uri.UnescapeDataString(rawPath).Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        versioned = segments.Count > 0 && segments[0].Equals(Version, StringComparison.OrdinalIgnoreCase);
        if (versioned)
        {
            segments.RemoveAt(0);
        }

        return new GraphRequest(method.ToUpperInvariant(), rawTarget, ExpandKeys(segments), ODataQuery.Parse(rawQuery), headers, body, inBatch);
    }

    /// <summary>OData key syntax <c>mailFolders('x')</c> means the same as <c>mailFolders/x</c>; Graph's own next links use it.</summary>
    private static List<string> ExpandKeys(List<string> segments)
    {
        var expanded = new List<string>(segments.Count + 2);
        foreach (var segment in segments)
        {
            var match = KeySegment().Match(segment);
            if (match.Success)
            {
                expanded.Add(match.Groups["name"].Value);
                expanded.Add(match.Groups["key"].Value.Replace("''", "'", StringComparison.Ordinal));
            }
            else
            {
                expanded.Add(segment);
            }
        }

        return expanded;
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z.]*)\('(?<key>.*)'\)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeySegment();
}
