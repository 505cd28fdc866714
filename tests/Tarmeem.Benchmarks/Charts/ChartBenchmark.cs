using System.Diagnostics;
using System.Globalization;
using Tarmeem.Benchmarks.Running;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Charts;

namespace Tarmeem.Benchmarks.Charts;

/// <summary>
/// <c>chart</c>: what one report chart costs at the Word report's size, first (cold) and warm, for the two
/// shapes the reports draw most: a bar per channel and a two-series monthly line.
/// </summary>
internal static class ChartBenchmark
{
    public static int Run(BenchArguments arguments)
    {
        var renders = arguments.Option("--renders", 30);
        using var renderer = new ChartRenderer();
        var size = ChartSize.WordDefault;
        Console.WriteLine($"| chart | size | first render | warm median ({renders}) | warm min–max | PNG |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var (name, chart) in new[] { ("bar, 8 channels", Bar()), ("line, 12 months × 2", Line()) })
        {
            var stopwatch = Stopwatch.StartNew();
            var png = renderer.RenderPng(chart, size);
            var first = stopwatch.Elapsed;
            var times = new List<double>();
            for (var i = 0; i < renders; i++)
            {
                stopwatch.Restart();
                png = renderer.RenderPng(chart, size);
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {size.WidthPixels}×{size.HeightPixels} px | {first.TotalMilliseconds:0} ms | {times[times.Count / 2]:0.0} ms | {times[0]:0.0}–{times[^1]:0.0} ms | {png.Length / 1024} KB |"));
        }

        return 0;
    }

    private static CategoryChart Bar()
    {
        Channel[] channels = [.. Enum.GetValues<Channel>().Where(c => c != Channel.Unspecified)];
        return new CategoryChart
        {
            Title = "الحالات حسب قناة الاستقبال — أكتوبر 2026",
            AltText = "benchmark",
            Kind = ChartKind.Bar,
            Categories = [.. channels.Select(ArabicLabels.For)],
            Series = [new ChartSeries("الإجمالي", [.. channels.Select(c => 900.0 + (137 * (int)c % 700))])],
            ValueAxisTitle = "العدد",
        };
    }

    private static CategoryChart Line()
    {
        DateOnly[] months = [.. Enumerable.Range(0, 12).Select(i => new DateOnly(2025, 11, 1).AddMonths(i))];
        return new CategoryChart
        {
            Title = "تطور الحالات والاستفسارات شهريًا",
            AltText = "benchmark",
            Kind = ChartKind.Line,
            Categories = [.. months.Select(ArabicLabels.MonthAndYear)],
            Series =
            [
                new ChartSeries("الحالات", [.. months.Select(m => 7800.0 + (m.Month * 113 % 900))]),
                new ChartSeries("الاستفسارات", [.. months.Select(m => 19500.0 + (m.Month * 271 % 2500))]),
            ],
            ValueAxisTitle = "العدد",
            ShowValueLabels = false,
        };
    }
}
