using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Word.Markup;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>
/// The board draft's suggested recommendations: each one worded as an aim of the association's policy on
/// its relationship with beneficiaries, followed by the figures that call for it (its evidence). They name
/// no one: they rest on channels, branches, steps and survey questions, never on staff. The reviewer keeps,
/// edits or deletes them in Word. They are plain paragraphs in the boxed «Recommendation» style, each kept
/// with the next, so the box prints whole.
/// </summary>
internal static class Recommendations
{
    /// <summary>A channel's satisfaction is judged only on enough answers to mean something.</summary>
    private const int MinimumResponses = 5;

    private const int MaximumShown = 5;

    public static IReadOnlyList<OpenXmlElement> Build(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var suggestions = Suggest(context);
        var paragraphs = suggestions
            .Select((s, i) => Paragraph(context, i + 1, s, keepWithNext: i < suggestions.Count - 1))
            .ToList();
        return [WordParagraphs.Create(StyleIds.Note, context.Text("Recommendations_Suggested"), keepNext: true), .. paragraphs];
    }

    /// <summary>The suggestions in order of weight: (aim, evidence); evidence may be empty.</summary>
    public static IReadOnlyList<(string Aim, string Evidence)> Suggest(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Report.IsEmpty)
        {
            return [(context.Text("Rec_NoData"), string.Empty)];
        }

        IEnumerable<(string, string)?> candidates =
        [
            Decision(context), Step(context), Branch(context), Channel(context), Question(context), Incomplete(context), ResponseRate(context),
        ];
        return [.. candidates.OfType<(string, string)>().Take(MaximumShown)];
    }

    private static Paragraph Paragraph(SectionContext context, int number, (string Aim, string Evidence) suggestion, bool keepWithNext)
    {
        List<Run> runs = [WordParagraphs.Run($"{context.Numbers.Count(number)}. {suggestion.Aim}", bold: true)];
        if (suggestion.Evidence.Length > 0)
        {
            runs.Add(new Run(new Break()));
            runs.Add(WordParagraphs.Run(suggestion.Evidence, italic: true));
        }

        return WordParagraphs.Create(StyleIds.Recommendation, runs, keepNext: keepWithNext);
    }

    private static (string, string)? Decision(SectionContext c)
    {
        var decision = c.Report.Current.Decision;
        if (decision.Count == 0 || decision.WithinStandardShare is not { } share || share >= 1)
        {
            return null;
        }

        var n = c.Numbers;
        var standard = ArabicCount.Phrase(c.Report.DecisionStandardDays, CountedNoun.Day, n);
        var slowest = decision.P90Days is { } p90 ? ArabicCount.Measure(p90, CountedNoun.Day, n) : WordNumbers.Missing;
        return (c.Format("Rec_Decision", standard), c.Format("Rec_Decision_Evidence", n.Percent(share), ArabicCount.Phrase(decision.Count, CountedNoun.Decision, n), slowest));
    }

    private static (string, string)? Step(SectionContext c)
    {
        if (SlowestStep.Of(c.Report) is not { } slowest)
        {
            return null;
        }

        return (
            c.Format("Rec_Step", ArabicLabels.For(slowest.To)),
            c.Format("Rec_Step_Evidence", ArabicLabels.For(slowest.From), ArabicLabels.For(slowest.To), ArabicCount.Measure(slowest.MedianDays, CountedNoun.Day, c.Numbers)));
    }

    private static (string, string)? Branch(SectionContext c)
    {
        var open = c.Report.ResponseTimes.OpenPastStandard;
        var top = open
            .Where(o => o.Branch != Core.Domain.Branch.Unspecified)
            .GroupBy(o => o.Branch)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .FirstOrDefault();
        if (top is null)
        {
            return null;
        }

        var n = c.Numbers;
        return (
            c.Format("Rec_Branch", ArabicLabels.For(top.Key)),
            c.Format("Rec_Branch_Evidence", ArabicCount.Phrase(top.Count(), CountedNoun.Case, n), n.Count(open.Count)));
    }

    private static (string, string)? Channel(SectionContext c)
    {
        var overall = c.Report.Current.Csat;
        var lowest = c.Report.Channels
            .Where(ch => ch.Channel != Core.Domain.Channel.Unspecified && ch.Responses >= MinimumResponses && ch.Csat is not null)
            .MinBy(ch => ch.Csat);
        if (overall is null || lowest is null || lowest.Csat >= overall)
        {
            return null;
        }

        var n = c.Numbers;
        return (
            c.Format("Rec_Channel", ArabicLabels.For(lowest.Channel)),
            c.Format("Rec_Channel_Evidence", n.Percent(lowest.Csat), ArabicCount.Phrase(lowest.Responses, CountedNoun.Response, n), n.Percent(overall)));
    }

    private static (string, string)? Question(SectionContext c)
    {
        var lowest = c.Report.Satisfaction.Questions
            .Where(q => q.Question != SurveyQuestion.Overall && q.Answers > 0 && q.Mean is not null)
            .MinBy(q => q.Mean);
        if (lowest is null)
        {
            return null;
        }

        var n = c.Numbers;
        return (
            c.Format("Rec_Question", c.Text($"Rec_Aim_{lowest.Question}"), ArabicLabels.For(lowest.Question)),
            c.Format("Rec_Question_Evidence", n.Number(lowest.Mean, 2), n.Percent(lowest.Csat)));
    }

    private static (string, string)? Incomplete(SectionContext c)
    {
        var process = c.Report.ProcessQuality;
        if (process.Incomplete == 0 || process.IncompleteShare is not { } share)
        {
            return null;
        }

        var n = c.Numbers;
        return (c.Text("Rec_Incomplete"), c.Format("Rec_Incomplete_Evidence", n.Percent(share), ArabicCount.Phrase(process.Incomplete, CountedNoun.Case, n)));
    }

    private static (string, string)? ResponseRate(SectionContext c)
    {
        var current = c.Report.Current;
        if (current.InvitationsSent == 0)
        {
            return null;
        }

        var n = c.Numbers;
        return (
            c.Text("Rec_ResponseRate"),
            c.Format("Rec_ResponseRate_Evidence", n.Percent(current.ResponseRate), ArabicCount.Phrase(current.Responses, CountedNoun.Response, n), n.Count(current.InvitationsSent)));
    }
}
