using Tarmeem.Reporting.Charts;
using Tarmeem.Reporting.Word;
using Tarmeem.Reporting.Word.Figures;
using Tarmeem.Reporting.Word.Sections;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Tests.Word;

public sealed class WordChartTests
{
    [Theory]
    [InlineData(ChartDigits.ArabicIndic)]
    [InlineData(ChartDigits.Latin)]
    public void ReportCharts_EveryLabel_HasAGlyphInTheChosenChartFont(ChartDigits digits)
    {
        var context = new SectionContext(WordSampleReports.Small(GeneratedReports.Quarter), ReportKind.Board, new WordNumbers(digits), new WordReportOptions { Digits = digits });
        CategoryChart?[] charts =
        [
            ReportCharts.ChannelVolumes(context), ReportCharts.MonthlyTrend(context), ReportCharts.DecisionDistribution(context),
            ReportCharts.SatisfactionDistribution(context), ReportCharts.ChannelByBranch(context),
        ];
        using var renderer = new ChartRenderer(new ChartRendererOptions { Digits = digits });

        Assert.All(charts, chart =>
        {
            Assert.NotNull(chart);
            var texts = chart.AllTexts().ToList();
            var font = renderer.FontResolver.Resolve(texts);
            var missing = renderer.FontResolver.FindMissingGlyphs(font, texts);
            Assert.True(missing.Count == 0, $"«{chart.Title}» in {font.FamilyName}: no glyph for {string.Join(", ", missing)}");
        });
    }

    [Fact]
    public void ReportCharts_EmptyPeriod_GivesNoChartsAndTheReportSaysSo()
    {
        var context = new SectionContext(WordSampleReports.Empty(GeneratedReports.Quarter), ReportKind.Board, new WordNumbers(ChartDigits.ArabicIndic), new WordReportOptions());

        Assert.Null(ReportCharts.MonthlyTrend(context));
        Assert.Null(ReportCharts.ChannelVolumes(context));
        Assert.Contains(
            "Note rtl: لا توجد بيانات لهذا المخطط في هذه الفترة.",
            DocxText.Of(GeneratedReports.Write(context.Report, ReportKind.Board)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void DecisionDistribution_StandardLine_SitsAfterTheLastBucketWithinTheStandard()
    {
        var context = new SectionContext(WordSampleReports.Small(GeneratedReports.Quarter), ReportKind.Board, new WordNumbers(ChartDigits.ArabicIndic), new WordReportOptions());

        var chart = ReportCharts.DecisionDistribution(context)!;

        Assert.Equal(["٠–٧", "٨–١٤", "١٥–٣٠", "٣١ فأكثر"], chart.Categories);
        Assert.Equal(ChartReferenceLine.AfterCategory(1, "المعيار: ١٤ يوماً"), chart.ReferenceLine);
    }
}
