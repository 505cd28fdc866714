using DocumentFormat.OpenXml.Packaging;
using Tarmeem.Host.Tests.Cli;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Tarmeem.Host.Tests.Reports;

/// <summary>
/// The sample's data starts on 2024-12-01: a report compares only with periods the data wholly covers, and a period
/// not yet ended says so and is compared day for day. The CLI's clock stands at 24 November 2026.
/// </summary>
public sealed class HonestComparisonTests
{
    private static readonly string[] Claims = ["بزيادة", "بانخفاض", "بارتفاع", "دون تغيير عن"];

    [Fact]
    public async Task Report_SampleYear2025_NoRiseOrFallClaimedAgainst2024AndSaysWhy()
    {
        using var temp = new TempFolder();
        var run = await CliRun.InvokeAsync("report", "--sample", "--period", "2025", "--format", "docx,xlsx", "--data", temp.Sub("data"), "--out", temp.Sub("out"));
        Assert.True(run.ExitCode == 0, run.Error);

        var path = Path.Combine(temp.Sub("out"), "tarmeem-board-2025.docx");
        var summary = Summary(path);
        Assert.Contains("لا تتوفر بيانات كاملة عن العام السابق للمقارنة، إذ تبدأ البيانات المتاحة في ٢٠٢٤/", summary, StringComparison.Ordinal);
        Assert.All(Claims, claim => Assert.DoesNotContain(claim, summary, StringComparison.Ordinal));
        var kpis = PrintedKpiTables.FromWord(path);
        Assert.NotEmpty(kpis);
        Assert.All(kpis, row => Assert.Equal(PrintedKpiTables.NotComparable, row.Change));
        Assert.All(
            PrintedKpiTables.FromWorkbook(Path.Combine(temp.Sub("out"), "tarmeem-quality-2025.xlsx")),
            row => Assert.Equal(PrintedKpiTables.NotComparable, row.ChangeText));
    }

    [Fact]
    public async Task Report_SampleQuarterNotEnded_NamedAsSuchAndComparedDayForDay()
    {
        using var temp = new TempFolder();
        var run = await CliRun.InvokeAsync("report", "--sample", "--period", "2026-Q4", "--format", "docx", "--data", temp.Sub("data"), "--out", temp.Sub("out"));
        Assert.True(run.ExitCode == 0, run.Error);

        var path = Path.Combine(temp.Sub("out"), "tarmeem-board-2026-Q4.docx");
        var text = AllText(path);
        Assert.Contains("الربع الرابع ٢٠٢٦ حتى ٢٤ نوفمبر", text, StringComparison.Ordinal);
        Assert.Contains("إلى ٢٠٢٦/١١/٢٤", text, StringComparison.Ordinal);
        Assert.Contains("لم تنتهِ الفترة بعد", Summary(path), StringComparison.Ordinal);
        Assert.Contains("المدة نفسها من الربع السابق", Summary(path), StringComparison.Ordinal);
        Assert.Contains(PrintedKpiTables.FromWord(path), row => row.Change != PrintedKpiTables.NotComparable && row.Change != "—");
    }

    [Fact]
    public async Task Report_PeriodNotEndedWithDeliver_RefusedAfterWriting()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("report", "--period", "2026-11", "--deliver", "--data", temp.Sub("data"), "--out", temp.Sub("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has not ended", run.Error, StringComparison.Ordinal);
    }

    private static string AllText(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return string.Join('\n', document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>The executive summary: the paragraphs in its style.</summary>
    private static string Summary(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var summary = document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Summary")
            .Select(p => p.InnerText)
            .ToList();
        Assert.NotEmpty(summary);
        return string.Join('\n', summary);
    }
}
