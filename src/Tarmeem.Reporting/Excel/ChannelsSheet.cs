using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Planning;

namespace Tarmeem.Reporting.Excel;

/// <summary>«القنوات»: every channel (zero rows included) with volumes, branches, comparisons, speed and satisfaction.</summary>
internal static class ChannelsSheet
{
    public static SheetLayout Build(QualityReport report)
    {
        var branches = ChannelCatalog.BranchesForReports;
        // Narrow on purpose: headers wrap, and HeaderFit widens a column only as far as its longest header word.
        double[] widths = [24, 8, 8, 8, 7, .. branches.Select(_ => 8.0), 8, 8, 8, 8, 8, 8, 8, 8, 7];
        var layout = SheetLayout.Titled("Sheet_Channels", report, widths);

        string[] headers =
        [
            WorkbookText.Get("Col_Channel"), WorkbookText.Get("Col_Cases"), WorkbookText.Get("Col_Inquiries"),
            WorkbookText.Get("Col_Total"), WorkbookText.Get("Col_Share"),
            .. branches.Select(b => WorkbookText.Format("Col_BranchFormat", ArabicLabels.For(b))),
            WorkbookText.Get("Col_PreviousTotal"), WorkbookText.Get("Col_ChangeFromPrevious"),
            WorkbookText.Get("Col_LastYearTotal"), WorkbookText.Get("Col_ChangeFromLastYear"),
            WorkbookText.Get("Col_FirstResponseMedianHours"), WorkbookText.Get("Col_DecisionWithinStandard"),
            WorkbookText.Get("Col_Responses"), WorkbookText.Get("Col_ResponseRate"), WorkbookText.Get("Col_Csat"),
        ];

        var comparisons = report.Comparisons;
        var previousComparable = comparisons.PreviousCovered(DataSource.Cases) && comparisons.PreviousCovered(DataSource.Inquiries);
        var lastYearComparable = comparisons.LastYearCovered(DataSource.Cases) && comparisons.LastYearCovered(DataSource.Inquiries);
        Cell Change(int current, int baseline, bool comparable) => comparable ? Cell.Of(current - baseline, CellStyle.IntegerChange) : KpiFormats.NotComparable;
        var figures = ChannelCatalog.AllForReports
            .Select(c => report.Channels.FirstOrDefault(f => f.Channel == c) ?? Zero(c))
            .ToList();
        var rows = figures.Select(f => (Cell[])
        [
            Cell.Of(ArabicLabels.For(f.Channel)),
            Cell.Of(f.Cases, CellStyle.Integer),
            Cell.Of(f.Inquiries, CellStyle.Integer),
            Cell.Of(f.Total, CellStyle.Integer),
            Cell.Of(f.Share, CellStyle.Percent),
            .. branches.Select(b => Cell.Of(f.ByBranch.GetValueOrDefault(b), CellStyle.Integer)),
            Cell.Of(f.PreviousTotal, CellStyle.Integer),
            Change(f.Total, f.PreviousTotal, previousComparable),
            Cell.Of(f.LastYearTotal, CellStyle.Integer),
            Change(f.Total, f.LastYearTotal, lastYearComparable),
            Cell.Of(f.FirstResponseMedianHours, CellStyle.Decimal),
            Cell.Of(f.DecisionWithinStandardShare, CellStyle.Percent),
            Cell.Of(f.Responses, CellStyle.Integer),
            Cell.Of(f.ResponseRate, CellStyle.Percent),
            Cell.Of(f.Csat, CellStyle.Percent),
        ]).ToList();

        var total = figures.Sum(f => f.Total);
        var previous = figures.Sum(f => f.PreviousTotal);
        var lastYear = figures.Sum(f => f.LastYearTotal);

        // Medians do not add up, so the totals row leaves the median blank and takes the period's own shares.
        Cell[] totals =
        [
            Cell.Of(WorkbookText.Get("TotalRow")),
            Cell.Of(figures.Sum(f => f.Cases), CellStyle.Integer),
            Cell.Of(figures.Sum(f => f.Inquiries), CellStyle.Integer),
            Cell.Of(total, CellStyle.Integer),
            Cell.Of(total > 0 ? 1 : null, CellStyle.Percent),
            .. branches.Select(b => Cell.Of(figures.Sum(f => f.ByBranch.GetValueOrDefault(b)), CellStyle.Integer)),
            Cell.Of(previous, CellStyle.Integer),
            Change(total, previous, previousComparable),
            Cell.Of(lastYear, CellStyle.Integer),
            Change(total, lastYear, lastYearComparable),
            Cell.Empty,
            Cell.Of(report.Current.Decision.WithinStandardShare, CellStyle.Percent),
            Cell.Of(figures.Sum(f => f.Responses), CellStyle.Integer),
            Cell.Of(report.Current.ResponseRate, CellStyle.Percent),
            Cell.Of(report.Current.Csat, CellStyle.Percent),
        ];

        var table = layout.AddTable("Channels", headers, rows, totals);
        layout.FrozenRows = table.HeaderRow;
        layout.AddChart(new ChartSpec(
            WorkbookText.Get("Chart_Channels"),
            ChartKind.StackedColumn,
            table.Column(1),
            [
                new ChartSeriesSpec(table.HeaderCell(2), table.Column(2), ChartColors.Primary),
                new ChartSeriesSpec(table.HeaderCell(3), table.Column(3), ChartColors.Secondary),
            ]));
        return layout;
    }

    private static ChannelFigures Zero(Channel channel) => new() { Channel = channel, ByBranch = new Dictionary<Branch, int>() };
}
