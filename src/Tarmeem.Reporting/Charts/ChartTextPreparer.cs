using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Tarmeem.Reporting.Charts;

/// <summary>
/// Turns logical labels into the strings ScottPlot is given, for one typeface pair. ScottPlot lays a
/// label out by its unshaped width (isolated Arabic letters, a third wider than joined text) but draws
/// it shaped, so centred Arabic would sit left of centre: centred labels get spaces on their visual
/// left worth the difference, which moves the drawn text back to the middle. Not thread-safe.
/// </summary>
internal sealed class ChartTextPreparer : IDisposable
{
    private readonly SKTypeface regular;
    private readonly SKTypeface bold;
    private readonly SKShaper regularShaper;
    private readonly SKShaper boldShaper;

    public ChartTextPreparer(SKTypeface regular, SKTypeface bold)
    {
        this.regular = regular;
        this.bold = bold;
        regularShaper = new SKShaper(regular);
        boldShaper = new SKShaper(bold);
    }

    /// <summary>The string to give ScottPlot for <paramref name="logical"/>.</summary>
    public string Prepare(string logical, float fontSize, bool isBold = false, bool centred = true)
    {
        var fed = BidiText.ForRtlShaper(logical);
        if (!centred)
        {
            return fed;
        }

        using var font = CreateFont(fontSize, isBold);
        var shaper = isBold ? boldShaper : regularShaper;
        var spaceWidth = font.MeasureText(" ");
        var lines = fed.Split('\n').Select(line =>
        {
            var difference = font.MeasureText(line) - shaper.Shape(line, font).Width;
            var spaces = (int)Math.Round(difference / spaceWidth);
            return spaces > 0 ? line + new string(' ', spaces) : line;
        });
        return string.Join('\n', lines);
    }

    /// <summary>Width of the widest line of <paramref name="logical"/> as drawn (shaped).</summary>
    public float ShapedWidth(string logical, float fontSize, bool isBold = false)
    {
        using var font = CreateFont(fontSize, isBold);
        var shaper = isBold ? boldShaper : regularShaper;
        return BidiText.ForRtlShaper(logical).Split('\n').Max(line => shaper.Shape(line, font).Width);
    }

    public void Dispose()
    {
        regularShaper.Dispose();
        boldShaper.Dispose();
    }

    // Subpixel positioning as ScottPlot's LabelStyle uses it, so widths match what it measures.
    private SKFont CreateFont(float size, bool isBold) => new(isBold ? bold : regular, size) { Subpixel = true };
}
