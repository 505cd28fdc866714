using DocumentFormat.OpenXml;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Word.Markup;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>
/// The management report's opening summary: the board's sentences, then the month's exceptions that need
/// someone's attention (decisions after the standard, open cases past it, the slowest step).
/// </summary>
internal static class ManagementSummary
{
    public static IReadOnlyList<OpenXmlElement> Build(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var summary = ExecutiveSummary.Build(context);
        if (context.Report.IsEmpty)
        {
            return summary;
        }

        List<OpenXmlElement> elements = [.. summary, WordParagraphs.Create(StyleIds.Summary, [WordParagraphs.Run(context.Text("Exceptions_Title"), bold: true)], keepNext: true)];
        elements.AddRange(Exceptions(context).Select(e => WordParagraphs.Create(StyleIds.Summary, "– " + e)));
        return elements;
    }

    public static IReadOnlyList<string> Exceptions(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var report = context.Report;
        var standard = ArabicCount.Phrase(report.DecisionStandardDays, CountedNoun.Day, n);
        var late = report.ResponseTimes.DecisionDistribution.Where(b => !b.WithinStandard).Sum(b => b.Count);
        List<string> lines =
        [
            context.Format("Exceptions_Late", standard, n.Count(late)),
            context.Format("Exceptions_Open", n.Count(report.Current.OpenPastStandardAtEnd)),
        ];
        if (SlowestStep.Of(report) is { } slowest)
        {
            lines.Add(context.Format(
                "Exceptions_Step", ArabicLabels.For(slowest.From), ArabicLabels.For(slowest.To), ArabicCount.Measure(slowest.MedianDays, CountedNoun.Day, n)));
        }

        return lines;
    }
}
