using System.Globalization;
using System.Text.RegularExpressions;
using Tarmeem.Reporting.Excel;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Tarmeem.Reporting.Tests.Excel;

public sealed partial class ChartBindingTests
{
    [Fact]
    public void Write_SmallReport_ChartsBoundToExistingRangesWithCachesEqualToCells()
    {
        using var workbook = WorkbookInspector.Open(WorkbookFiles.Write(SampleReports.Small()));
        var charts = workbook.Charts();

        Assert.Equal(["القنوات", "الاتجاه الشهري", "أزمنة الاستجابة", "رضا المستفيدين"], charts.Select(c => c.Sheet));
        foreach (var (sheet, chart) in charts)
        {
            var references = chart.Descendants<C.StringReference>().Select(r => (r.Formula!.Text, Cache: (IEnumerable<(uint, string?, double?)>)r.StringCache!.Elements<C.StringPoint>().Select(p => (p.Index!.Value, (string?)p.NumericValue!.Text, (double?)null))))
                .Concat(chart.Descendants<C.NumberReference>().Select(r => (r.Formula!.Text, Cache: r.NumberingCache!.Elements<C.NumericPoint>().Select(p => (p.Index!.Value, (string?)null, (double?)double.Parse(p.NumericValue!.Text, CultureInfo.InvariantCulture))))))
                .ToList();
            Assert.NotEmpty(references);
            foreach (var (formula, cache) in references)
            {
                var match = RangePattern().Match(formula);
                Assert.True(match.Success, $"Chart formula {formula} is not a sheet range.");
                Assert.Equal(sheet, match.Groups["sheet"].Value);
                var cells = workbook.Cells(sheet);
                var column = match.Groups["col"].Value;
                var first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture);
                var last = match.Groups["last"].Success ? int.Parse(match.Groups["last"].Value, CultureInfo.InvariantCulture) : first;
                var cached = cache.ToDictionary(p => (int)p.Item1);
                for (var row = first; row <= last; row++)
                {
                    cells.TryGetValue($"{column}{row}", out var cell);
                    if (cached.TryGetValue(row - first, out var point))
                    {
                        Assert.NotNull(cell);
                        Assert.Equal(point.Item2, point.Item2 is null ? null : cell.Text);
                        Assert.Equal(point.Item3, point.Item3 is null ? null : cell.Number);
                    }
                    else
                    {
                        Assert.True(cell is null, $"{sheet}!{column}{row} has a value the chart cache lacks.");
                    }
                }
            }
        }
    }

    [Fact]
    public void Write_SmallReport_ChartsRightToLeftWithArabicFont()
    {
        using var workbook = WorkbookInspector.Open(WorkbookFiles.Write(SampleReports.Small()));

        foreach (var (sheet, chart) in workbook.Charts())
        {
            var categoryAxis = chart.Descendants<C.CategoryAxis>().Single();
            Assert.Equal(C.OrientationValues.MaxMin, categoryAxis.Scaling!.Orientation!.Val!.Value);
            Assert.Equal(C.AxisPositionValues.Right, chart.Descendants<C.ValueAxis>().Single().AxisPosition!.Val!.Value);
            Assert.Contains(chart.Descendants<DocumentFormat.OpenXml.Drawing.ComplexScriptFont>(), f => f.Typeface == "Noto Kufi Arabic");
            Assert.False(string.IsNullOrWhiteSpace(chart.Descendants<C.Title>().Single().InnerText), $"Chart on «{sheet}» has no title.");
        }
    }

    [Fact]
    public void Write_SmallReport_DecisionChartColoursOverStandardBucketsApart()
    {
        using var workbook = WorkbookInspector.Open(WorkbookFiles.Write(SampleReports.Small()));
        var (_, chart) = workbook.Charts().Single(c => c.Sheet == "أزمنة الاستجابة");

        var series = chart.Descendants<C.BarChartSeries>().ToList();
        Assert.Equal(2, series.Count);
        var within = series[0].Descendants<C.Values>().Single().Descendants<C.NumericPoint>().ToList();
        var over = series[1].Descendants<C.Values>().Single().Descendants<C.NumericPoint>().ToList();

        // Buckets 0–7 and 8–14 are within the 14-day standard, 15–30 and 31+ over it: each bar in one series only.
        Assert.Equal([0u, 1u], within.Select(p => p.Index!.Value));
        Assert.Equal(["0", "1"], within.Select(p => p.NumericValue!.Text));
        Assert.Equal([2u, 3u], over.Select(p => p.Index!.Value));
        Assert.Equal(["1", "0"], over.Select(p => p.NumericValue!.Text));
        Assert.Equal(ChartColors.OverStandard, series[1].Descendants<DocumentFormat.OpenXml.Drawing.RgbColorModelHex>().Single().Val!.Value);
        Assert.Contains("١٤", chart.Descendants<C.Title>().Single().InnerText, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^'(?<sheet>[^']+)'!\$(?<col>[A-Z]+)\$(?<first>\d+)(:\$[A-Z]+\$(?<last>\d+))?$")]
    private static partial Regex RangePattern();
}
