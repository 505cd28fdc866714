using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Tarmeem.Host.Tests.Cli;

/// <summary>
/// A written package's parts, to compare two runs byte for byte once the Word package's random relationship ids are
/// set aside (as WordPrivacyTests does).
/// </summary>
internal static partial class PackageParts
{
    public static SortedDictionary<string, byte[]> Read(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            parts[entry.FullName] = entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.FullName.EndsWith(".rels", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(RelationshipIds().Replace(Encoding.UTF8.GetString(bytes), "$1=\"R\""))
                : bytes;
        }

        return parts;
    }

    public static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, part => Assert.True(part.Value.AsSpan().SequenceEqual(actual[part.Key]), $"{part.Key} differs"));
    }

    [GeneratedRegex(@"\b((?:r:)?(?:id|embed|Id))=""R[0-9a-f]+""")]
    private static partial Regex RelationshipIds();
}
