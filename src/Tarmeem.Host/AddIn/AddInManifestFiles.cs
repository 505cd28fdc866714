using System.IO.Compression;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// Writes the add-in's deployable files for one public address: manifest.json with its two icons, the same three
/// zipped (what the admin center and "custom add-in from file" take), and manifest.xml for Outlook on Mac.
/// </summary>
internal static class AddInManifestFiles
{
    public const string PackageName = "tarmeem-addin.zip";

    public static IReadOnlyList<string> Write(AddInOptions options, string publicRoot, string directory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = new AddInSource(options, publicRoot, AddInStrings.Load());
        Directory.CreateDirectory(directory);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["manifest.json"] = System.Text.Encoding.UTF8.GetBytes(AddInManifest.Write(source)),
            ["color.png"] = AddInFiles.Read(AddInFiles.IconName(192)),
            [AddInFiles.OutlineIconName] = AddInFiles.Read(AddInFiles.OutlineIconName),
        };
        var written = new List<string>();
        foreach (var (name, content) in files)
        {
            written.Add(WriteFile(directory, name, content));
        }

        using (var package = new MemoryStream())
        {
            using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (name, content) in files)
                {
                    using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                    entry.Write(content);
                }
            }

            written.Add(WriteFile(directory, PackageName, package.ToArray()));
        }

        written.Add(WriteFile(directory, "manifest.xml", System.Text.Encoding.UTF8.GetBytes(AddInXmlManifest.Write(source))));
        return written;
    }

    private static string WriteFile(string directory, string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
