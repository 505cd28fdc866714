using Tarmeem.Reporting.Word;

namespace Tarmeem.Reporting.Tests.Word;

/// <summary>The board draft carries suggested recommendations with their figures, and never the old placeholder.</summary>
public sealed class RecommendationsTests
{
    [Fact]
    public void Write_BoardReport_HasAtLeastThreeSuggestionsEachWithItsEvidence()
    {
        var lines = DocxText.Of(GeneratedReports.Board).Split('\n').Where(l => l.StartsWith("Recommendation", StringComparison.Ordinal)).ToList();

        Assert.InRange(lines.Count, 3, 5);
        Assert.All(lines, l => Assert.Contains("الشاهد:", l, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Matches("الشاهد:.*[٠-٩]", l));
    }

    [Fact]
    public void Write_BoardReport_HasNoPlaceholderLeft()
    {
        var xml = GeneratedReports.AllXml(GeneratedReports.Board);

        Assert.DoesNotContain("اكتب التوصية", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("[يُملأ آلياً", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EmptyQuarter_SuggestsCheckingTheDataInsteadOfAPlaceholder()
    {
        var text = DocxText.Of(GeneratedReports.Write(WordSampleReports.Empty(GeneratedReports.Quarter), ReportKind.Board));

        Assert.Contains("Recommendation rtl: ١. التحقق من اكتمال مزامنة بيانات الفترة", text, StringComparison.Ordinal);
        Assert.DoesNotContain("اكتب التوصية", text, StringComparison.Ordinal);
    }
}
