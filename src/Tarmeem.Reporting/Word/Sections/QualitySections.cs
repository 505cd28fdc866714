using DocumentFormat.OpenXml;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Word.Markup;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>Management only: process quality (overall and per branch) and data quality findings.</summary>
internal static class QualitySections
{
    public static IReadOnlyList<OpenXmlElement> Process(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var p = context.Report.ProcessQuality;
        var missing = WordNumbers.Missing;
        return
        [
            WordTables.Create(new TableSpec
            {
                Headers = [context.Text("Col_Indicator"), context.Text("Col_Count"), context.Text("Col_Share")],
                Rows =
                [
                    [context.Text("Process_Received"), n.Count(p.CasesReceived), missing],
                    [context.Text("Process_Referred"), n.Count(p.Referred), n.Percent(p.ReferredShare)],
                    [context.Text("Process_Incomplete"), n.Count(p.Incomplete), n.Percent(p.IncompleteShare)],
                    [context.Text("Process_Accepted"), n.Count(p.Accepted), n.Percent(p.AcceptanceRate)],
                    [context.Text("Process_Rejected"), n.Count(p.Rejected), missing],
                ],
                Weights = [3.5, 1.2, 1.2],
            }),
            WordParagraphs.Create(StyleIds.Note, context.Text("Process_Footnote")),
            WordTables.Create(new TableSpec
            {
                Headers =
                [
                    context.Text("Col_Branch"), context.Text("Col_Cases"), context.Text("Col_Referred"),
                    context.Text("Col_Incomplete"), context.Text("Col_AcceptanceRate"), context.Text("Col_WithinStandard"),
                ],
                Rows = [.. p.ByBranch.Select(b => (IReadOnlyList<string>)
                [
                    ArabicLabels.For(b.Branch), n.Count(b.CasesReceived), n.Percent(b.ReferredShare), n.Percent(b.IncompleteShare),
                    n.Percent(b.AcceptanceRate), n.Percent(b.DecisionWithinStandardShare),
                ])],
                Weights = [2, 1, 1.2, 1.2, 1.2, 1.2],
            }),
        ];
    }

    public static IReadOnlyList<OpenXmlElement> Data(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var findings = context.Report.DataQuality.Findings.Where(f => f.Count > 0).ToList();
        if (findings.Count == 0)
        {
            return [WordParagraphs.Create(StyleIds.Normal, context.Text("DataQuality_None"))];
        }

        return
        [
            WordParagraphs.Create(StyleIds.Normal, context.Text("DataQuality_Intro"), keepNext: true),
            WordTables.Create(new TableSpec
            {
                Headers = [context.Text("Col_Finding"), context.Text("Col_Count"), context.Text("Col_Examples"), context.Text("Col_Detail")],
                Rows = [.. findings.Select(f => (IReadOnlyList<string>)
                [
                    n.Localize(ReportText.FindingLabel(f.Kind)), n.Count(f.Count), string.Join(", ", f.Examples), f.Detail ?? string.Empty,
                ])],
                Weights = [3, 0.9, 2, 2],
            }),
            .. Held(context),
        ];
    }

    /// <summary>Every record held back at the period's end, by id and reason (the management report's full list).</summary>
    private static IEnumerable<OpenXmlElement> Held(SectionContext context)
    {
        var held = context.Report.DataQuality.Held;
        if (held.Count == 0)
        {
            return [];
        }

        var n = context.Numbers;
        return
        [
            WordParagraphs.Create(StyleIds.Normal, context.Text("DataQuality_Held")),
            WordTables.Create(new TableSpec
            {
                Headers = [context.Text("Col_Record"), context.Text("Col_Reason"), context.Text("Col_HeldSince"), context.Text("Col_LastSeen")],
                Rows = [.. held.Select(h => (IReadOnlyList<string>)[h.Reference, h.Description, n.ShortDate(h.Since), n.ShortDate(h.LastSeen)])],
                Weights = [2.2, 3.6, 1.2, 1.2],
            }),
        ];
    }
}
