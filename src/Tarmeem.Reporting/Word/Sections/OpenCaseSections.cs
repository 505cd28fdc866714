using DocumentFormat.OpenXml;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Word.Markup;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>Management only: the aging of open cases by step, and the case numbers past the standard.</summary>
internal static class OpenCaseSections
{
    public static IReadOnlyList<OpenXmlElement> Aging(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var aging = context.Report.ResponseTimes.Aging;
        if (aging.Sum(a => a.Total) == 0)
        {
            return [WordParagraphs.Create(StyleIds.Note, context.Text("Aging_None"))];
        }

        var rows = aging.Select(a => (IReadOnlyList<string>)
        [
            ArabicLabels.For(a.WaitingAfter), n.Count(a.UpTo7Days), n.Count(a.From8To14Days), n.Count(a.From15To30Days), n.Count(a.Over30Days), n.Count(a.Total),
        ]).ToList();
        rows.Add(
        [
            context.Text("Total"), n.Count(aging.Sum(a => a.UpTo7Days)), n.Count(aging.Sum(a => a.From8To14Days)),
            n.Count(aging.Sum(a => a.From15To30Days)), n.Count(aging.Sum(a => a.Over30Days)), n.Count(aging.Sum(a => a.Total)),
        ]);
        return
        [
            WordTables.Create(new TableSpec
            {
                Headers =
                [
                    context.Text("Col_WaitingAfter"), context.Text("Col_Age_UpTo7"), context.Text("Col_Age_8To14"),
                    context.Text("Col_Age_15To30"), context.Text("Col_Age_Over30"), context.Text("Col_Total"),
                ],
                Rows = rows,
                Weights = [3, 1.1, 1.1, 1.1, 1.2, 1],
                LastRowIsTotal = true,
            }),
        ];
    }

    public static IReadOnlyList<OpenXmlElement> PastStandard(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var open = context.Report.ResponseTimes.OpenPastStandard;
        var standard = ArabicCount.Phrase(context.Report.DecisionStandardDays, CountedNoun.Day, n);
        if (open.Count == 0)
        {
            return [WordParagraphs.Create(StyleIds.Normal, context.Format("OpenCases_None", standard))];
        }

        var shown = open.Take(Math.Max(0, context.Options.MaxOpenCaseRows)).ToList();
        List<OpenXmlElement> elements =
        [
            WordParagraphs.Create(StyleIds.Normal, context.Format("OpenCases_Intro", standard, ArabicCount.Phrase(open.Count, CountedNoun.Case, n)), keepNext: true),
            WordTables.Create(new TableSpec
            {
                Headers =
                [
                    context.Text("Col_CaseNumber"), context.Text("Col_Channel"), context.Text("Col_Branch"),
                    context.Text("Col_Received"), context.Text("Col_WaitingAfter"), context.Text("Col_AgeDays"),
                ],
                Rows = [.. shown.Select(c => (IReadOnlyList<string>)
                [
                    c.CaseNumber, ArabicLabels.For(c.Channel), ArabicLabels.For(c.Branch), n.ShortDate(c.Received),
                    ArabicLabels.For(c.WaitingAfter), n.Count(c.AgeDays),
                ])],
                Weights = [1.9, 2.1, 1.2, 1.35, 2.3, 0.85],
                NumericFrom = 3,
            }),
        ];
        if (open.Count > shown.Count)
        {
            elements.Add(WordParagraphs.Create(StyleIds.Note, context.Format("OpenCases_More", ArabicCount.Phrase(open.Count - shown.Count, CountedNoun.Case, n))));
        }

        return elements;
    }
}
