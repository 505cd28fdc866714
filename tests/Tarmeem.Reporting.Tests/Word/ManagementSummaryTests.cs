using Tarmeem.Reporting.Word;

namespace Tarmeem.Reporting.Tests.Word;

/// <summary>The management report opens with a summary and the month's exceptions, and speaks Arabic throughout.</summary>
public sealed class ManagementSummaryTests
{
    [Fact]
    public void Write_Month_OpensWithTheSummaryAndTheExceptions()
    {
        var text = DocxText.Of(GeneratedReports.Management);
        var summary = text.IndexOf("Heading1 rtl: الملخص التنفيذي", StringComparison.Ordinal);

        Assert.True(summary >= 0 && summary < text.IndexOf("Heading1 rtl: المؤشرات الرئيسية", StringComparison.Ordinal), "The summary does not come before the KPIs.");
        Assert.Contains("– الحالات التي صدر قرارها بعد مدة المعيار (١٤ يوماً): ٢.", text, StringComparison.Ordinal);
        Assert.Contains("– الحالات المفتوحة التي تجاوزت المعيار في نهاية الفترة: ٢،", text, StringComparison.Ordinal);
        Assert.Contains("– أطول مراحل المعاملة: من «القرار (قبول / رفض)» إلى «تقديم الخدمة»، بوسيط ٢٩ يوماً.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EmptyMonth_SaysThereIsNoData()
    {
        var text = DocxText.Of(GeneratedReports.Write(WordSampleReports.Empty(GeneratedReports.Month), ReportKind.Management));

        Assert.Contains("Heading1 rtl: الملخص التنفيذي\nSummary rtl: لا توجد بيانات لهذه الفترة.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportKind.Management)]
    [InlineData(ReportKind.Board)]
    public void Write_Report_NoEnglishProductNameInTheText(ReportKind kind)
    {
        var text = DocxText.Of(kind == ReportKind.Board ? GeneratedReports.Board : GeneratedReports.Management);

        Assert.DoesNotContain("Excel", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Word", text, StringComparison.Ordinal);
    }
}
