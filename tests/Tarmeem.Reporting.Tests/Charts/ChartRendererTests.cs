using ScottPlot;
using SkiaSharp;
using Tarmeem.Reporting.Charts;

namespace Tarmeem.Reporting.Tests.Charts;

public sealed class ChartRendererTests
{
    private static readonly SKColor FirstSeriesColour = SKColor.Parse("#1F5F8B");

    public static TheoryData<string> ExampleNames => [.. ExampleCharts.All.Keys];

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void RenderPng_ExampleChart_HasWordSizeAndIsNotBlank(string name)
    {
        using var renderer = new ChartRenderer();

        var png = renderer.RenderPng(ExampleCharts.All[name], ChartSize.WordDefault);

        // Kept for people to look at: /tmp/charts/<name>.png on Linux.
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "charts"));
        File.WriteAllBytes(Path.Combine(folder.FullName, name + ".png"), png);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(1430, bitmap.Width);
        Assert.Equal(792, bitmap.Height);
        Assert.True(bitmap.Pixels.Distinct().Take(3).Count() > 2, "The chart picture is a single colour.");
    }

    [Fact]
    public void RenderPng_CustomSize_IsInchesTimesDpi()
    {
        using var renderer = new ChartRenderer();

        var png = renderer.RenderPng(ExampleCharts.Satisfaction, new ChartSize(4, 2.5, 150));

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((600, 375), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Layout_Categories_FirstCategoryHasTheLargestPosition()
    {
        using var renderer = new ChartRenderer();

        var layout = renderer.Layout(ExampleCharts.ChannelVolumes, ChartSize.WordDefault);

        Assert.Equal(9, layout.Categories.Count);
        Assert.Equal([8, 7, 6, 5, 4, 3, 2, 1, 0], layout.Categories.Select(c => c.Position));
        Assert.Equal(ExampleCharts.ChannelVolumes.Categories[0], layout.Categories.MaxBy(c => c.Position)!.Category);
    }

    [Fact]
    public void WithPlot_ChannelChart_FirstCategoryTickIsRightmostAndValuesUseTheRightAxis()
    {
        using var renderer = new ChartRenderer();
        var chart = ExampleCharts.ChannelVolumes;

        var (tickPixels, firstPixel, plottablesOnRight, rightTicks, leftTicks) = renderer.WithPlot(chart, ChartSize.WordDefault, (plot, layout) =>
        {
            plot.RenderInMemory(ChartSize.WordDefault.WidthPixels, ChartSize.WordDefault.HeightPixels);
            var bottom = plot.Axes.Bottom;
            var first = layout.Categories.Single(c => c.Index == 0);
            float Pixel(double x) => plot.GetPixel(new Coordinates(x, 0), bottom, plot.Axes.Right).X;
            return (
                bottom.TickGenerator.Ticks.Select(t => Pixel(t.Position)).ToList(),
                Pixel(first.Position),
                plot.GetPlottables().All(p => p.Axes.YAxis == plot.Axes.Right),
                plot.Axes.Right.TickGenerator.Ticks.Length,
                plot.Axes.Left.TickGenerator.Ticks.Length);
        });

        Assert.Equal(chart.Categories.Count, tickPixels.Count);
        Assert.Equal(tickPixels.Max(), firstPixel);
        Assert.True(plottablesOnRight, "Some plottable is drawn against the left axis.");
        Assert.True(rightTicks > 2, $"The right (value) axis has {rightTicks} ticks.");
        Assert.Equal(0, leftTicks);
    }

    [Fact]
    public void RenderPng_TallFirstBar_IsDrawnOnTheRight()
    {
        using var renderer = new ChartRenderer();
        var chart = ExampleCharts.Satisfaction with
        {
            Categories = ["الأول", "الثاني", "الثالث", "الرابع"],
            Series = [new("القيم", [100, 10, 10, 10])],
            ValueFormat = ChartValueFormat.WholeNumber,
        };

        using var bitmap = SKBitmap.Decode(renderer.RenderPng(chart));

        var topRow = Enumerable.Range(0, bitmap.Height).First(y => Row(bitmap, y).Any(IsBar));
        var columns = Row(bitmap, topRow).Select((c, x) => (c, x)).Where(p => IsBar(p.c)).Select(p => p.x).ToList();
        Assert.True(columns.Min() > bitmap.Width * 0.6, $"The tallest bar starts at x={columns.Min()} of {bitmap.Width}.");
    }

    [Fact]
    public void RenderPng_ArabicCategoryLabel_InkIsCentredUnderItsBar()
    {
        // ScottPlot centres by the unshaped width, a third wider than the joined text; without the
        // compensating spaces this label's ink would sit about 50 px left of the bar's centre.
        using var renderer = new ChartRenderer();
        var chart = ExampleCharts.ChannelVolumes with
        {
            Categories = ["الاتصالات الهاتفية"],
            Series = [new("الطلبات", [40])],
        };

        using var bitmap = SKBitmap.Decode(renderer.RenderPng(chart));

        var barRows = Enumerable.Range(0, bitmap.Height).Where(y => Row(bitmap, y).Any(IsBar)).ToList();
        var barColumns = Row(bitmap, barRows[^1]).Select((c, x) => (c, x)).Where(p => IsBar(p.c)).Select(p => p.x).ToList();
        var barCentre = (barColumns.Min() + barColumns.Max()) / 2.0;
        var ink = new List<int>();
        for (var y = barRows[^1] + 4; y < bitmap.Height; y++)
        {
            ink.AddRange(Row(bitmap, y).Select((c, x) => (c, x))
                .Where(p => Math.Abs(p.x - barCentre) < 400 && p.c.Red < 110 && p.c.Green < 110 && p.c.Blue < 110)
                .Select(p => p.x));
        }

        Assert.NotEmpty(ink);
        var inkCentre = (ink.Min() + ink.Max()) / 2.0;
        Assert.InRange(inkCentre - barCentre, -6, 6);
    }

    [Fact]
    public void Layout_RealisticChart_FontHasEveryGlyphOfEveryLabel()
    {
        using var renderer = new ChartRenderer();
        var chart = ExampleCharts.ChannelsByBranch with { ReferenceLine = ChartReferenceLine.AtValue(200, "الهدف الشهري (٢٠٠ طلب)") };

        var layout = renderer.Layout(chart, ChartSize.WordDefault);

        var numbers = ChartLayoutPlanner.ValueLabelValues(chart)
            .Select(v => ChartNumberFormatter.Format(v, chart.ValueFormat, ChartDigits.ArabicIndic));
        Assert.Empty(renderer.FontResolver.FindMissingGlyphs(layout.Font, chart.AllTexts().Concat(numbers)));
    }

    [Theory]
    [InlineData(ChartDigits.ArabicIndic, "٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData(ChartDigits.Latin, "0123456789", "٠١٢٣٤٥٦٧٨٩")]
    public void WithPlot_DigitsOption_ValueAxisTicksUseThoseDigits(ChartDigits digits, string expected, string absent)
    {
        using var renderer = new ChartRenderer(new ChartRendererOptions { Digits = digits });

        var labels = renderer.WithPlot(ExampleCharts.ChannelVolumes, ChartSize.WordDefault, (plot, _) =>
        {
            plot.RenderInMemory(ChartSize.WordDefault.WidthPixels, ChartSize.WordDefault.HeightPixels);
            return string.Concat(plot.Axes.Right.TickGenerator.Ticks.Select(t => t.Label));
        });

        Assert.Contains(labels, c => expected.Contains(c, StringComparison.Ordinal));
        Assert.DoesNotContain(labels, c => absent.Contains(c, StringComparison.Ordinal));
    }

    [Fact]
    public void RenderPng_FromSeveralThreads_SameBytesAsOneAtATime()
    {
        using var renderer = new ChartRenderer();
        var charts = ExampleCharts.All.Values.ToList();
        var alone = charts.Select(c => renderer.RenderPng(c)).ToList();

        var together = new byte[charts.Count][];
        Parallel.For(0, charts.Count, i => together[i] = renderer.RenderPng(charts[i]));

        for (var i = 0; i < charts.Count; i++)
        {
            Assert.Equal(alone[i], together[i]);
        }
    }

    [Fact]
    public void RenderPng_BarWithTwoSeries_ThrowsNamingChartAndKinds()
    {
        using var renderer = new ChartRenderer();
        var chart = ExampleCharts.ChannelVolumes with { Series = [new("أ", new double[9]), new("ب", new double[9])] };

        var error = Assert.Throws<ArgumentException>(() => renderer.RenderPng(chart));

        Assert.Contains(chart.Title, error.Message, StringComparison.Ordinal);
        Assert.Contains("GroupedBar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPng_SeriesShorterThanCategories_ThrowsNamingSeriesAndCounts()
    {
        using var renderer = new ChartRenderer();
        var chart = ExampleCharts.ChannelVolumes with { Series = [new("الطلبات", [1, 2, 3])] };

        var error = Assert.Throws<ArgumentException>(() => renderer.RenderPng(chart));

        Assert.Contains("«الطلبات» has 3 values for 9 categories", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<SKColor> Row(SKBitmap bitmap, int y) =>
        Enumerable.Range(0, bitmap.Width).Select(x => bitmap.GetPixel(x, y));

    private static bool IsBar(SKColor c) =>
        Math.Abs(c.Red - FirstSeriesColour.Red) < 6 && Math.Abs(c.Green - FirstSeriesColour.Green) < 6 && Math.Abs(c.Blue - FirstSeriesColour.Blue) < 6;
}
