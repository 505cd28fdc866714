using System.Reflection;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// The pane's files (HTML, CSS, JavaScript modules, strings.json), embedded in the program so that what is served is
/// what was tested, and the icons drawn at start. Only these names are served.
/// </summary>
internal static class AddInFiles
{
    private const string Prefix = "addin/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".png"] = "image/png",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> All = new(Load);

    /// <summary>The icon sizes the manifests name: 16, 32, 80 for the ribbon, 64 and 128 for the add-in list, 192 colour.</summary>
    public static IReadOnlyList<int> IconSizes { get; } = [16, 32, 64, 80, 128, 192];

    public static string IconName(int size) => $"icon-{size}.png";

    public const string OutlineIconName = "outline.png";

    public static bool TryGet(string name, out byte[] content, out string contentType)
    {
        contentType = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
        return All.Value.TryGetValue(name, out content!);
    }

    public static byte[] Read(string name) =>
        All.Value.TryGetValue(name, out var content) ? content : throw new InvalidOperationException($"The add-in file {name} is not built into the program.");

    private static Dictionary<string, byte[]> Load()
    {
        var assembly = typeof(AddInFiles).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[resource[Prefix.Length..]] = copy.ToArray();
        }

        foreach (var size in IconSizes)
        {
            files[IconName(size)] = PngIcon.Draw(size, outline: false);
        }

        files[OutlineIconName] = PngIcon.Draw(32, outline: true);
        return files;
    }
}
