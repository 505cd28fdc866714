using System.Globalization;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// «أزمنة الاستجابة»: the decision-time distribution against the standard, durations to each step, first
/// responses, aging of open cases and the open cases past the standard (case numbers only).
/// </summary>
internal static class ResponseTimesSheet
{
    public static SheetLayout Build(QualityReport report)
    {
        var layout = SheetLayout.Titled("Sheet_ResponseTimes", report, [30, 22, 14, 14, 24, 14, 14]);
        var times = report.ResponseTimes;
        var standard = ArabicDigits.ToArabicIndic(report.DecisionStandardDays.ToString(CultureInfo.InvariantCulture));

        layout.AddBlockTitle(WorkbookText.Format("Block_DecisionDistribution", standard));
        var decisions = layout.AddTable(
            "DecisionTimes",
            [H("Col_Duration"), H("Col_Count"), H("Col_WithinStandard"), H("Col_CountWithin"), H("Col_CountOver")],
            [.. times.DecisionDistribution.Select(b => new[]
            {
                Cell.Of(BucketLabels.Days(b)),
                Cell.Of(b.Count, CellStyle.Integer),
                Cell.YesNo(b.WithinStandard),
                Cell.Of(b.WithinStandard ? b.Count : null, CellStyle.Integer),
                Cell.Of(b.WithinStandard ? null : b.Count, CellStyle.Integer),
            })]);

        layout.AddBlockTitle(H("Block_Steps"));
        layout.AddTable(
            "StepDurations",
            [H("Col_Step"), H("Col_CaseCount"), H("Col_MedianDays"), H("Col_P90Days"), H("Col_MedianBusinessDays"), H("Col_P90BusinessDays"), H("Col_WithinStandardShare")],
            [.. times.Steps.Select(s => new[]
            {
                Cell.Of(ArabicLabels.For(s.Step)),
                Cell.Of(s.Stats.Count, CellStyle.Integer),
                Cell.Of(s.Stats.MedianDays, CellStyle.Decimal),
                Cell.Of(s.Stats.P90Days, CellStyle.Decimal),
                Cell.Of(s.Stats.MedianBusinessDays, CellStyle.Decimal),
                Cell.Of(s.Stats.P90BusinessDays, CellStyle.Decimal),
                Cell.Of(s.Stats.WithinStandardShare, CellStyle.Percent),
            })]);

        layout.AddBlockTitle(H("Block_FirstResponse"));
        layout.AddTable(
            "FirstResponseTimes",
            [H("Col_Duration"), H("Col_Count")],
            [.. times.FirstResponseDistribution.Select(b => new[] { Cell.Of(BucketLabels.Hours(b)), Cell.Of(b.Count, CellStyle.Integer) })]);

        layout.AddBlockTitle(H("Block_Aging"));
        layout.AddTable(
            "OpenCaseAging",
            [H("Col_WaitingAfter"), H("Col_AgeUpTo7"), H("Col_Age8To14"), H("Col_Age15To30"), H("Col_AgeOver30"), H("Col_Total")],
            [.. times.Aging.Select(a => new[]
            {
                Cell.Of(ArabicLabels.For(a.WaitingAfter)),
                Cell.Of(a.UpTo7Days, CellStyle.Integer),
                Cell.Of(a.From8To14Days, CellStyle.Integer),
                Cell.Of(a.From15To30Days, CellStyle.Integer),
                Cell.Of(a.Over30Days, CellStyle.Integer),
                Cell.Of(a.Total, CellStyle.Integer),
            })]);

        layout.AddBlockTitle(H("Block_OpenPastStandard"));
        layout.AddTable(
            "OpenPastStandard",
            [H("Col_CaseNumber"), H("Col_Channel"), H("Col_Branch"), H("Col_Received"), H("Col_WaitingAfter"), H("Col_AgeDays")],
            [.. times.OpenPastStandard.Select(c => new[]
            {
                Cell.Of(c.CaseNumber),
                Cell.Of(ArabicLabels.For(c.Channel)),
                Cell.Of(ArabicLabels.For(c.Branch)),
                Cell.Of(c.Received),
                Cell.Of(ArabicLabels.For(c.WaitingAfter)),
                Cell.Of(c.AgeDays, CellStyle.Integer),
            })]);

        layout.AddChart(new ChartSpec(
            WorkbookText.Format("Chart_Decision", standard),
            ChartKind.StackedColumn,
            decisions.Column(1),
            [
                new ChartSeriesSpec(decisions.HeaderCell(4), decisions.Column(4), ChartColors.WithinStandard),
                new ChartSeriesSpec(decisions.HeaderCell(5), decisions.Column(5), ChartColors.OverStandard),
            ]));
        return layout;
    }

    private static string H(string key) => WorkbookText.Get(key);
}
