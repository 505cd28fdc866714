using ScottPlot;
using SkiaSharp;

namespace Tarmeem.Reporting.Charts;

/// <summary>
/// Renders report charts to PNG, right to left, in Arabic. Create one and keep it: it caches fonts.
/// Thread-safe; renders run one at a time because ScottPlot's font state is process-wide (a warm render
/// takes tens of milliseconds). It switches ScottPlot's global <c>LabelStyle.RTLSupport</c> on and sets
/// <c>Fonts.Default</c>, which any other ScottPlot use in the process will see.
/// </summary>
public sealed class ChartRenderer : IDisposable
{
    private readonly ChartFontResolver fonts;
    private readonly ChartDigits digits;

    public ChartRenderer(ChartRendererOptions? options = null)
    {
        options ??= new ChartRendererOptions();
        fonts = new ChartFontResolver(options.FontFilePath, options.BoldFontFilePath);
        digits = options.Digits;
    }

    /// <summary>The resolver this renderer picks fonts with, for checking a chart's glyph coverage.</summary>
    public ChartFontResolver FontResolver => fonts;

    /// <summary>A PNG of the chart at <see cref="ChartSize.WordDefault"/>.</summary>
    public byte[] RenderPng(CategoryChart chart) => RenderPng(chart, ChartSize.WordDefault);

    /// <summary>A PNG of <see cref="ChartSize.WidthPixels"/> × <see cref="ChartSize.HeightPixels"/> pixels.</summary>
    /// <exception cref="ArgumentException">The chart's data is inconsistent; the message names the chart and the problem.</exception>
    /// <exception cref="ChartFontException">No installed font covers the chart's characters.</exception>
    public byte[] RenderPng(CategoryChart chart, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        using var image = WithPlot(chart, size, (plot, _) => Draw(plot, size));

        // Skia's default PNG settings (every filter, zlib 6) took three times as long for a 10 % smaller file;
        // encoding needs no ScottPlot state, so it runs outside the lock.
        using var pixmap = image.PeekPixels() ?? throw new InvalidOperationException("Skia gave a chart image without raster pixels.");
        using var png = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 3))
            ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        return png.ToArray();
    }

    /// <summary>Where categories go and how their labels wrap, without drawing.</summary>
    public ChartLayout Layout(CategoryChart chart, ChartSize size) => WithPlot(chart, size, (_, layout) => layout);

    /// <summary>Builds the ScottPlot figure and hands it to <paramref name="use"/> while ScottPlot's globals are held.</summary>
    internal T WithPlot<T>(CategoryChart chart, ChartSize size, Func<Plot, ChartLayout, T> use)
    {
        CategoryChartValidator.Validate(chart);
        ArgumentNullException.ThrowIfNull(size);
        var font = fonts.Resolve(chart.AllTexts().Append(NumberAlphabet()));

        lock (ScottPlotState.Gate)
        {
            var name = ScottPlotState.Use(font);
            using var text = new ChartTextPreparer(
                ScottPlot.Fonts.GetTypeface(name, bold: false, italic: false),
                ScottPlot.Fonts.GetTypeface(name, bold: true, italic: false));
            var layout = ChartLayoutPlanner.Plan(chart, size, font, text, digits);
            using var plot = new ChartPlotBuilder(chart, layout, name, text, digits).Build(size);
            return use(plot, layout);
        }
    }

    public void Dispose() => fonts.Dispose();

    private static SKImage Draw(Plot plot, ChartSize size)
    {
        // Opaque: the PNG is written without an alpha channel (the figure background is white anyway).
        var info = new SKImageInfo(size.WidthPixels, size.HeightPixels, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not allocate a {size.WidthPixels} × {size.HeightPixels} surface.");
        plot.Render(surface);
        return surface.Snapshot();
    }

    // The characters numbers on the chart are written with, so the font is checked for them too.
    private string NumberAlphabet() => digits == ChartDigits.Latin ? "0123456789,.%-" : "٠١٢٣٤٥٦٧٨٩٬٫٪-";
}
