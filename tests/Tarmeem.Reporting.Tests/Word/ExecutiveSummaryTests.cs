using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Planning;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Reporting.Tests.Word;

public sealed class ExecutiveSummaryTests
{
    [Theory]
    [InlineData(0, "لم ترد إلى الجمعية أي حالة خلال الربع الثالث ٢٠٢٦ (الربع السابق: ١٢ حالةً).")]
    [InlineData(1, "وردت إلى الجمعية حالة واحدة خلال الربع الثالث ٢٠٢٦، بانخفاض قدره ١١ حالةً عن الربع السابق.")]
    [InlineData(2, "وردت إلى الجمعية حالتان خلال الربع الثالث ٢٠٢٦، بانخفاض قدره ١٠ حالات عن الربع السابق.")]
    [InlineData(12, "وردت إلى الجمعية ١٢ حالةً خلال الربع الثالث ٢٠٢٦، دون تغيير عن الربع السابق.")]
    [InlineData(112, "وردت إلى الجمعية ١١٢ حالةً خلال الربع الثالث ٢٠٢٦، بزيادة قدرها ١٠٠ حالة عن الربع السابق.")]
    public void Build_CaseCounts_StayGrammatical(int cases, string expected)
    {
        var sample = WordSampleReports.Small(GeneratedReports.Quarter);
        var report = sample with { Current = sample.Current with { CasesReceived = cases } };

        Assert.Contains(expected, Summary(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RecordsHeldBack_ListedByIdAndTheProblemInArabicNeverTheOperatorsSentence()
    {
        var sample = WordSampleReports.Small(GeneratedReports.Quarter);
        var report = sample with
        {
            DataQuality = sample.DataQuality with
            {
                Held =
                [
                    new HeldRecord
                    {
                        Source = "cases", SourceId = "4711", Reason = "column 'Phone' value '0500000001' is not a date", Problem = QuarantineProblem.NotADate,
                        Field = "DataVerified", Since = new(2026, 8, 2), LastSeen = new(2026, 8, 2),
                    },
                    new HeldRecord { Source = "mailbox:inbox", SourceId = "AAMk1", Reason = "the message has no conversation id", Problem = QuarantineProblem.UnplaceableMessage, Since = new(2026, 8, 3), LastSeen = new(2026, 8, 3) },
                ],
            },
        };

        var summary = Summary(report);

        Assert.Contains(
            "بلغ عدد السجلات المحتجزة للتصحيح لتعذّر قراءتها من المصدر ٢، ولم تُحتسب في الأرقام: cases/٤٧١١ (قيمة ليست تاريخاً أو وقتاً صالحاً، العمود DataVerified)؛ mailbox:inbox/AAMk١ (رسالة بريد بلا محادثة أو بلا وقت استلام أو إرسال).",
            summary,
            StringComparison.Ordinal);
        Assert.DoesNotContain("not a date", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("0500000001", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PreviousPeriodNotCovered_NoClaimAndSaysWhy()
    {
        var sample = WordSampleReports.Small(GeneratedReports.Quarter);
        var report = sample with
        {
            Comparisons = new Comparisons
            {
                PreviousIncomplete = [DataSource.Cases, DataSource.Inquiries, DataSource.Surveys],
                DataFrom = new DateOnly(2026, 5, 1),
            },
        };

        var summary = Summary(report);

        Assert.Contains("لا تتوفر بيانات كاملة عن الربع السابق للمقارنة، إذ تبدأ البيانات المتاحة في ٢٠٢٦/٠٥/٠١", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("بزيادة", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("بانخفاض", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("بارتفاع", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoPreviousSatisfaction_SaysThereIsNoDataToCompare()
    {
        var sample = WordSampleReports.Small(GeneratedReports.Quarter);
        var report = sample with { Previous = sample.Previous with { Csat = null } };

        Assert.Contains("٧٥٪، ولا تتوفر بيانات عن الربع السابق للمقارنة.", Summary(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoDecisionsAndNoResponses_UsesTheMissingDataSentences()
    {
        var sample = WordSampleReports.Small(GeneratedReports.Quarter);
        var report = sample with
        {
            Current = sample.Current with
            {
                Decision = DurationStats.None,
                OpenPastStandardAtEnd = 0,
                Responses = 0,
                Csat = null,
            },
        };

        var summary = Summary(report);

        Assert.Contains("لم يصدر أي قرار عن لجنة البحث خلال الفترة، فلا تتوفر بيانات لقياس الالتزام بمدة المعيار (١٤ يوماً).", summary, StringComparison.Ordinal);
        Assert.Contains("ولم تتجاوز أي حالة مفتوحة مدة المعيار حتى نهاية الفترة.", summary, StringComparison.Ordinal);
        Assert.Contains("لم ترد أي استجابة على استبانة الرضا خلال الفترة", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EmptyPeriod_SaysThereIsNoData()
    {
        var summary = Summary(WordSampleReports.Empty(GeneratedReports.Quarter));

        Assert.Contains("Summary rtl: لا توجد بيانات لهذه الفترة.", summary, StringComparison.Ordinal);
    }

    private static string Summary(QualityReport report)
    {
        var lines = DocxText.Of(GeneratedReports.Write(report, ReportKind.Board)).Split('\n');
        return string.Join('\n', lines.Where(l => l.StartsWith("Summary ", StringComparison.Ordinal)));
    }
}
