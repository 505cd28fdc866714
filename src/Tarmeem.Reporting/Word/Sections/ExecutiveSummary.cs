using DocumentFormat.OpenXml;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Metrics;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Planning;
using Tarmeem.Reporting.Word.Markup;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>
/// The board's executive summary: Arabic sentences generated from the figures. Every sentence is built
/// so that it stays grammatical for any value: counts stand as subjects or predicates (nominative), a
/// zero takes its own negative sentence, and a missing figure says that there is no data.
/// </summary>
internal static class ExecutiveSummary
{
    public static IReadOnlyList<OpenXmlElement> Build(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Report.IsEmpty)
        {
            return [WordParagraphs.Create(StyleIds.Summary, context.Numbers.Localize(ReportText.Get("NoData")) + ".")];
        }

        string[] paragraphs =
        [
            $"{Partial(context)} {NotComparable(context)}".Trim(),
            $"{Volume(context)} {Inquiries(context)}",
            $"{Compliance(context)} {Median(context)} {OpenPastStandard(context)}".TrimEnd(),
            Satisfaction(context),
            TopChannels(context),
            Held(context),
        ];
        return [.. paragraphs.Where(p => p.Length > 0).Select(p => WordParagraphs.Create(StyleIds.Summary, p))];
    }

    public static string Compliance(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (current, previous, n) = (context.Report.Current, context.Report.Previous, context.Numbers);
        var standard = ArabicCount.Phrase(context.Report.DecisionStandardDays, CountedNoun.Day, n);
        if (current.Decision.Count == 0 || current.Decision.WithinStandardShare is null)
        {
            return context.Format("Summary_Compliance_None", standard);
        }

        var change = Against(context, DataSource.Cases, () => ChangePhrase.OfLevel(
            current.Decision.WithinStandardShare * 100, previous.Decision.WithinStandardShare * 100, 0,
            points => ArabicCount.Measure(points, CountedNoun.Point, n), KpiDirection.HigherIsBetter, context.PreviousLabel));
        return context.Format(
            "Summary_Compliance", ArabicCount.Phrase(current.Decision.Count, CountedNoun.Decision, n), standard,
            n.Percent(current.Decision.WithinStandardShare), change);
    }

    public static string OpenPastStandard(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var open = context.Report.Current.OpenPastStandardAtEnd;
        return open == 0
            ? context.Text("Summary_Open_None")
            : context.Format("Summary_Open", ArabicCount.Phrase(open, CountedNoun.Case, context.Numbers));
    }

    /// <summary>A period not yet ended says so, and what it is compared with.</summary>
    private static string Partial(SectionContext context) =>
        context.Report.AsOf is { } asOf
            ? context.Format("Summary_Partial", context.Numbers.Date(asOf), context.PreviousLabel)
            : string.Empty;

    /// <summary>Why the summary makes no claim against the previous period: the data does not wholly cover it.</summary>
    private static string NotComparable(SectionContext context)
    {
        var comparisons = context.Report.Comparisons;
        if (comparisons.PreviousIncomplete.Count == 0)
        {
            return string.Empty;
        }

        return comparisons.DataFrom is { } from
            ? context.Format("Summary_NotComparable", context.PreviousLabel, context.Numbers.Date(from))
            : context.Format("Summary_NotComparable_NoData", context.PreviousLabel);
    }

    /// <summary>The change against the previous period, or that there is no complete data to compare with.</summary>
    private static string Against(SectionContext context, DataSource source, Func<string> change) =>
        context.Report.Comparisons.PreviousCovered(source) ? change() : WordText.Format("Change_NotComparable", context.PreviousLabel);

    private static string Volume(SectionContext context)
    {
        var (current, previous, n) = (context.Report.Current, context.Report.Previous, context.Numbers);
        return current.CasesReceived == 0
            ? context.Format("Summary_Cases_None", context.PeriodName, context.PreviousLabel, Baseline(context, DataSource.Cases, previous.CasesReceived, CountedNoun.Case))
            : context.Format(
                "Summary_Cases", context.PeriodName, ArabicCount.Phrase(current.CasesReceived, CountedNoun.Case, n),
                Against(context, DataSource.Cases, () => ChangePhrase.OfCount(current.CasesReceived, previous.CasesReceived, CountedNoun.Case, context.PreviousLabel, n)));
    }

    private static string Inquiries(SectionContext context)
    {
        var (current, previous, n) = (context.Report.Current, context.Report.Previous, context.Numbers);
        return current.InquiriesReceived == 0
            ? context.Format("Summary_Inquiries_None", context.PreviousLabel, Baseline(context, DataSource.Inquiries, previous.InquiriesReceived, CountedNoun.Inquiry))
            : context.Format(
                "Summary_Inquiries", ArabicCount.Phrase(current.InquiriesReceived, CountedNoun.Inquiry, n),
                Against(context, DataSource.Inquiries, () => ChangePhrase.OfCount(current.InquiriesReceived, previous.InquiriesReceived, CountedNoun.Inquiry, context.PreviousLabel, n)));
    }

    /// <summary>The previous period's count beside a period with none, unless the data does not wholly cover it.</summary>
    private static string Baseline(SectionContext context, DataSource source, long count, CountedNoun noun) =>
        context.Report.Comparisons.PreviousCovered(source) ? ArabicCount.Phrase(count, noun, context.Numbers) : ReportText.Get("NotComparable");

    private static string Median(SectionContext context)
    {
        var (current, previous, n) = (context.Report.Current, context.Report.Previous, context.Numbers);
        if (current.Decision.MedianDays is not { } median)
        {
            return string.Empty;
        }

        var change = Against(context, DataSource.Cases, () => ChangePhrase.OfLevel(
            median, previous.Decision.MedianDays, 1, days => ArabicCount.Measure(days, CountedNoun.Day, n), KpiDirection.LowerIsBetter, context.PreviousLabel));
        return context.Format("Summary_Median", ArabicCount.Measure(median, CountedNoun.Day, n), change);
    }

    private static string Satisfaction(SectionContext context)
    {
        var (current, previous, n) = (context.Report.Current, context.Report.Previous, context.Numbers);
        if (current.Responses == 0 || current.Csat is null)
        {
            return context.Text("Summary_Satisfaction_None");
        }

        var change = Against(context, DataSource.Surveys, () => ChangePhrase.OfLevel(
            current.Csat * 100, previous.Csat * 100, 0, points => ArabicCount.Measure(points, CountedNoun.Point, n), KpiDirection.HigherIsBetter,
            context.PreviousLabel));
        return context.Format(
            "Summary_Satisfaction", n.Percent(current.Csat), change, ArabicCount.Phrase(current.Responses, CountedNoun.Response, n),
            n.Percent(current.ResponseRate), n.Number(current.MeanOverall, 2));
    }

    /// <summary>
    /// The records held back at the period's end, by id and the kind of problem in Arabic: the board's data-quality
    /// line. Only our own wording and a configured column name: nothing typed into a source value reaches the board.
    /// </summary>
    private static string Held(SectionContext context)
    {
        var held = context.Report.DataQuality.Held;
        if (held.Count == 0)
        {
            return string.Empty;
        }

        var list = string.Join("؛ ", held.Select(h => $"{h.Reference} ({h.Description})"));
        return context.Format("Summary_Held", context.Numbers.Count(held.Count), list);
    }

    private static string TopChannels(SectionContext context)
    {
        var used = context.Report.Channels.Where(c => c.Total > 0).OrderByDescending(c => c.Total).ToList();
        var n = context.Numbers;
        return used.Count switch
        {
            0 => string.Empty,
            1 => context.Format("Summary_TopChannel_Single", ArabicLabels.For(used[0].Channel), n.Percent(used[0].Share)),
            _ => context.Format(
                "Summary_TopChannel", ArabicLabels.For(used[0].Channel), n.Percent(used[0].Share),
                ArabicLabels.For(used[1].Channel), n.Percent(used[1].Share)),
        };
    }
}
