using System.IO.Compression;

namespace Tarmeem.Benchmarks.Providers;

/// <summary>Compares two Office packages part by part, byte for byte.</summary>
internal static class PackageComparison
{
    /// <summary>
    /// The parts that differ or exist in one package only. The package properties are left out: they hold the time of
    /// writing, not figures.
    /// </summary>
    public static IReadOnlyList<string> DifferingParts(string left, string right)
    {
        var a = Parts(left);
        var b = Parts(right);
        return a.Keys.Union(b.Keys, StringComparer.Ordinal)
            .Where(name => !name.StartsWith("docProps/", StringComparison.Ordinal))
            .Where(name => !a.TryGetValue(name, out var x) || !b.TryGetValue(name, out var y) || !x.AsSpan().SequenceEqual(y))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, byte[]> Parts(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts[entry.FullName] = copy.ToArray();
        }

        return parts;
    }
}
