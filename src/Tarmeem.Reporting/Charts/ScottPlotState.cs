using ScottPlot;

namespace Tarmeem.Reporting.Charts;

/// <summary>
/// ScottPlot keeps its fonts, typeface cache and right-to-left switch in process-wide statics.
/// Every chart render holds <see cref="Gate"/>, so two renders never race on them.
/// </summary>
internal static class ScottPlotState
{
    public static readonly Lock Gate = new();

    private static readonly HashSet<string> Registered = new(StringComparer.Ordinal);

    /// <summary>Makes <paramref name="font"/> ScottPlot's default and returns the name labels must use. Hold <see cref="Gate"/>.</summary>
    public static string Use(ChartFont font)
    {
        // Shaping through HarfBuzz: joins Arabic letters and orders each line right to left.
        LabelStyle.RTLSupport = true;

        var name = font.FamilyName;
        if (font.RegularFilePath is { } regular)
        {
            // A name of our own, so the file and not a same-named system font is drawn.
            name = $"Tarmeem chart font {regular}";
            if (Registered.Add(name))
            {
                Fonts.AddFontFile(name, regular, bold: false, italic: false);
                Fonts.AddFontFile(name, font.BoldFilePath ?? regular, bold: true, italic: false);
            }
        }

        Fonts.Default = name;
        return name;
    }
}
