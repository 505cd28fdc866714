using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Tarmeem.Reporting.Charts;

/// <summary>
/// Picks the font a chart is drawn with. ScottPlot's text shaper uses one typeface with no
/// per-character fallback, so the font must hold a glyph for every character of every label:
/// the configured file first, then <see cref="KnownFonts"/> in order, the first that is installed
/// and covers all of them. Thread-safe.
/// </summary>
public sealed class ChartFontResolver : IDisposable
{
    private const string InstallHint =
        "Install the Debian package fonts-hosny-amiri (apt-get install fonts-hosny-amiri), or set the chart "
        + "font file option to a font that covers Arabic, Latin letters, digits and ()%٪.";

    private readonly Lock gate = new();
    private readonly Dictionary<string, SKTypeface?> typefaces = new(StringComparer.Ordinal);
    private bool disposed;

    /// <param name="fontFilePath">A font file to try first; it must exist.</param>
    /// <param name="boldFontFilePath">Its bold face, if there is one.</param>
    /// <param name="knownFonts">The fonts to try after it; <see cref="KnownFonts"/> when null.</param>
    public ChartFontResolver(string? fontFilePath = null, string? boldFontFilePath = null, IReadOnlyList<ChartFontCandidate>? knownFonts = null)
    {
        var candidates = new List<ChartFontCandidate>();
        if (!string.IsNullOrWhiteSpace(fontFilePath))
        {
            candidates.Add(Configured(fontFilePath, boldFontFilePath));
        }

        candidates.AddRange(knownFonts ?? KnownFonts);
        Candidates = candidates;
    }

    /// <summary>Fonts that cover Arabic and Latin together, best first, where Debian and Windows install them.</summary>
    public static IReadOnlyList<ChartFontCandidate> KnownFonts { get; } = BuildKnownFonts();

    public IReadOnlyList<ChartFontCandidate> Candidates { get; }

    /// <summary>The first candidate that is installed and has a glyph for every character of <paramref name="texts"/>.</summary>
    /// <exception cref="ChartFontException">No candidate covers them; the message names the missing characters.</exception>
    public ChartFont Resolve(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var needed = texts.ToList();
        var tried = new List<string>();
        foreach (var candidate in Candidates)
        {
            var loaded = Load(candidate);
            if (loaded is null)
            {
                tried.Add($"{candidate.FamilyName}: not installed");
                continue;
            }

            var (font, regular, bold) = loaded.Value;
            var missing = FindMissingGlyphs(regular, needed);
            if (missing.Count > 0)
            {
                tried.Add($"{candidate.FamilyName} ({font.RegularFilePath ?? "system font"}): lacks {Describe(missing)}");
                continue;
            }

            var boldCovers = bold is not null && FindMissingGlyphs(bold, needed).Count == 0;
            return boldCovers ? font : font with { BoldFilePath = null };
        }

        var all = Candidates.Count == 0 ? "no candidate fonts configured" : string.Join("; ", tried);
        throw new ChartFontException($"No chart font can draw every character of the chart's labels. Tried: {all}. {InstallHint}");
    }

    /// <summary>The characters of <paramref name="texts"/> (and their mirrored brackets) that <paramref name="font"/> has no glyph for.</summary>
    public IReadOnlyList<Rune> FindMissingGlyphs(ChartFont font, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(font);
        var typeface = font.RegularFilePath is null ? LoadFamily(font.FamilyName) : LoadFile(font.RegularFilePath);
        return typeface is null
            ? throw new ChartFontException($"The chart font {font.FamilyName} ({font.RegularFilePath ?? "system font"}) cannot be loaded. {InstallHint}")
            : FindMissingGlyphs(typeface, texts);
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            foreach (var typeface in typefaces.Values)
            {
                typeface?.Dispose();
            }

            typefaces.Clear();
        }
    }

    internal static IReadOnlyList<Rune> FindMissingGlyphs(SKTypeface typeface, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        using var font = new SKFont(typeface);
        var missing = new SortedSet<Rune>();

        // Labels are padded with spaces and their brackets mirrored before drawing: those must exist too.
        foreach (var rune in texts.Append(" ").SelectMany(text => text.EnumerateRunes()))
        {
            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                continue;
            }

            var mirrored = rune.IsBmp ? new Rune(BidiMirror.Mirror((char)rune.Value)) : rune;
            foreach (var needed in new[] { rune, mirrored })
            {
                if (font.GetGlyph(needed.Value) == 0)
                {
                    missing.Add(needed);
                }
            }
        }

        return [.. missing];
    }

    internal static string Describe(IEnumerable<Rune> runes) =>
        string.Join(", ", runes.Select(r => $"«{r}» (U+{r.Value:X4})"));

    private static ChartFontCandidate Configured(string regular, string? bold)
    {
        if (!File.Exists(regular))
        {
            throw new ChartFontException($"The configured chart font file '{regular}' does not exist. Fix the path or remove the setting to use the installed fonts.");
        }

        if (bold is not null && !File.Exists(bold))
        {
            throw new ChartFontException($"The configured bold chart font file '{bold}' does not exist. Fix the path or remove the setting.");
        }

        using var typeface = SKTypeface.FromFile(regular)
            ?? throw new ChartFontException($"The configured chart font file '{regular}' is not a font Skia can read (use a .ttf or .otf file).");
        return new ChartFontCandidate(typeface.FamilyName, [regular], bold is null ? [] : [bold]);
    }

    private (ChartFont Font, SKTypeface Regular, SKTypeface? Bold)? Load(ChartFontCandidate candidate)
    {
        var regularPath = candidate.RegularFiles.FirstOrDefault(File.Exists);
        if (regularPath is not null && LoadFile(regularPath) is { } regular)
        {
            var boldPath = candidate.BoldFiles.FirstOrDefault(File.Exists);
            var bold = boldPath is null ? null : LoadFile(boldPath);
            return (new ChartFont(regular.FamilyName, regularPath, bold is null ? null : boldPath), regular, bold);
        }

        return LoadFamily(candidate.FamilyName) is { } system
            ? (new ChartFont(system.FamilyName, null, null), system, null)
            : null;
    }

    private SKTypeface? LoadFile(string path) => Cached(path, () => SKTypeface.FromFile(path));

    private SKTypeface? LoadFamily(string family) => Cached("family:" + family, () =>
    {
        var match = SKFontManager.Default.MatchFamily(family);
        if (match is not null && !string.Equals(match.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            match.Dispose();
            return null;
        }

        return match;
    });

    private SKTypeface? Cached(string key, Func<SKTypeface?> load)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (!typefaces.TryGetValue(key, out var typeface))
            {
                typeface = load();
                typefaces[key] = typeface;
            }

            return typeface;
        }
    }

    private static List<ChartFontCandidate> BuildKnownFonts()
    {
        var windows = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        string[] InWindows(params string[] files) =>
            string.IsNullOrEmpty(windows) ? [] : [.. files.Select(file => Path.Combine(windows, file))];

        return
        [
            new("Amiri",
                [
                    "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
                    "/usr/share/fonts/truetype/fonts-hosny-amiri/Amiri-Regular.ttf",
                    .. InWindows("Amiri-Regular.ttf"),
                ],
                [
                    "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
                    "/usr/share/fonts/truetype/fonts-hosny-amiri/Amiri-Bold.ttf",
                    .. InWindows("Amiri-Bold.ttf"),
                ]),
            new("DejaVu Sans",
                ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf"],
                ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"]),
            new("Segoe UI", InWindows("segoeui.ttf"), InWindows("segoeuib.ttf")),
            new("Tahoma", InWindows("tahoma.ttf"), InWindows("tahomabd.ttf")),
            new("IBM Plex Sans Arabic",
                ["/usr/share/fonts/truetype/ibm-plex/IBMPlexSansArabic-Regular.ttf", "/usr/share/fonts/opentype/ibm-plex/IBMPlexSansArabic-Regular.otf", .. InWindows("IBMPlexSansArabic-Regular.ttf")],
                ["/usr/share/fonts/truetype/ibm-plex/IBMPlexSansArabic-Bold.ttf", "/usr/share/fonts/opentype/ibm-plex/IBMPlexSansArabic-Bold.otf", .. InWindows("IBMPlexSansArabic-Bold.ttf")]),
            new("Noto Kufi Arabic",
                ["/usr/share/fonts/truetype/noto/NotoKufiArabic-Regular.ttf", .. InWindows("NotoKufiArabic-Regular.ttf")],
                ["/usr/share/fonts/truetype/noto/NotoKufiArabic-Bold.ttf", .. InWindows("NotoKufiArabic-Bold.ttf")]),
        ];
    }
}
