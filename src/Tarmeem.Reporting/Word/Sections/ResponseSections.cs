using DocumentFormat.OpenXml;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Word.Figures;
using Tarmeem.Reporting.Word.Markup;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>Response times against the decision standard, and the board's compliance view.</summary>
internal static class ResponseSections
{
    public static IReadOnlyList<OpenXmlElement> Times(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var report = context.Report;
        var rows = report.ResponseTimes.Steps.Select(s => (IReadOnlyList<string>)
        [
            ArabicLabels.For(s.Step), n.Count(s.Stats.Count), n.Number(s.Stats.MedianDays), n.Number(s.Stats.P90Days),
            n.Number(s.Stats.MedianBusinessDays), n.Number(s.Stats.P90BusinessDays), n.Percent(s.Stats.WithinStandardShare),
        ]).ToList();

        List<OpenXmlElement> elements = [WordParagraphs.Create(StyleIds.Normal, StandardSentence(context), keepNext: true)];
        elements.Add(rows.Count == 0
            ? WordParagraphs.Create(StyleIds.Note, context.Text("NoSteps"))
            : WordTables.Create(new TableSpec
            {
                Headers =
                [
                    context.Text("Col_Step"), context.Text("Col_Cases"), context.Text("Col_MedianDays"), context.Text("Col_P90Days"),
                    context.Text("Col_MedianBusinessDays"), context.Text("Col_P90BusinessDays"), context.Text("Col_WithinStandard"),
                ],
                Rows = rows,
                Weights = [2.8, 1, 1.1, 1.1, 1.1, 1.1, 1.1],
            }));
        elements.Add(WordParagraphs.Create(StyleIds.Normal, FirstResponseSentence(context)));
        return elements;
    }

    /// <summary>The board's compliance: one sentence, the distribution of decisions, and the count still waiting.</summary>
    public static IReadOnlyList<OpenXmlElement> Compliance(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var buckets = context.Report.ResponseTimes.DecisionDistribution;
        var decided = buckets.Sum(b => b.Count);
        List<OpenXmlElement> elements =
        [
            WordParagraphs.Create(StyleIds.Normal, StandardSentence(context)),
            WordParagraphs.Create(StyleIds.Normal, $"{ExecutiveSummary.Compliance(context)} {ExecutiveSummary.OpenPastStandard(context)}", keepNext: decided > 0),
        ];
        if (decided > 0)
        {
            elements.Add(WordTables.Create(new TableSpec
            {
                Headers = [context.Text("Col_DaysToDecision"), context.Text("Col_Decisions"), context.Text("Col_Share"), context.Text("Col_InStandard")],
                Rows = [.. buckets.Select(b => (IReadOnlyList<string>)
                [
                    ReportCharts.BucketLabel(b, context), n.Count(b.Count), n.Percent((double)b.Count / decided),
                    context.Text(b.WithinStandard ? "Yes" : "No"),
                ])],
                Weights = [2, 1.3, 1.3, 1.3],
            }));
        }

        return elements;
    }

    private static string StandardSentence(SectionContext context) =>
        context.Format("Response_Standard", ArabicCount.Phrase(context.Report.DecisionStandardDays, CountedNoun.Day, context.Numbers));

    private static string FirstResponseSentence(SectionContext context)
    {
        var stats = context.Report.Current.FirstResponse;
        if (stats.Count == 0 || stats.MedianDays is null)
        {
            return context.Text("Response_FirstResponse_None");
        }

        var n = context.Numbers;
        var p90 = stats.P90Days is { } p ? ArabicCount.Measure(p * 24, CountedNoun.Hour, n) : WordNumbers.Missing;
        return context.Format(
            "Response_FirstResponse",
            ArabicCount.Measure(stats.MedianDays.Value * 24, CountedNoun.Hour, n),
            p90,
            ArabicCount.Phrase(stats.Count, CountedNoun.Inquiry, n));
    }
}
