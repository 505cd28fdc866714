using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Excel;

/// <summary>«الاتجاه الشهري»: the twelve months, each a real date cell with its Hijri months beside it.</summary>
internal static class TrendSheet
{
    public static SheetLayout Build(QualityReport report)
    {
        var channels = ChannelCatalog.AllForReports;
        // Narrow on purpose: headers wrap, and HeaderFit widens a column only as far as its longest header word.
        double[] widths = [9, 30, 8, 8, .. channels.Select(_ => 8.0), 8, 8, 8, 7];
        var layout = SheetLayout.Titled("Sheet_Trend", report, widths);
        string[] headers =
        [
            WorkbookText.Get("Col_Month"), WorkbookText.Get("Col_HijriMonth"),
            WorkbookText.Get("Col_Cases"), WorkbookText.Get("Col_Inquiries"),
            .. channels.Select(ArabicLabels.For),
            WorkbookText.Get("Col_DecisionWithinStandard"), WorkbookText.Get("Col_DecisionMedianDays"),
            WorkbookText.Get("Col_Responses"), WorkbookText.Get("Col_Csat"),
        ];
        var rows = report.Trend.Select(m => (Cell[])
        [
            Cell.Of(m.Month, CellStyle.MonthYear),
            Cell.Of(WorkbookText.HijriMonths(m.Month)),
            Cell.Of(m.Cases, CellStyle.Integer),
            Cell.Of(m.Inquiries, CellStyle.Integer),
            .. channels.Select(c => Cell.Of(m.ByChannel.GetValueOrDefault(c), CellStyle.Integer)),
            Cell.Of(m.DecisionWithinStandardShare, CellStyle.Percent),
            Cell.Of(m.DecisionMedianDays, CellStyle.Decimal),
            Cell.Of(m.Responses, CellStyle.Integer),
            Cell.Of(m.Csat, CellStyle.Percent),
        ]).ToList();
        var table = layout.AddTable("MonthlyTrend", headers, rows);
        layout.FrozenRows = table.HeaderRow;
        layout.AddChart(new ChartSpec(
            WorkbookText.Get("Chart_Trend"),
            ChartKind.Line,
            table.Column(1),
            [
                new ChartSeriesSpec(table.HeaderCell(3), table.Column(3), ChartColors.Primary),
                new ChartSeriesSpec(table.HeaderCell(4), table.Column(4), ChartColors.Secondary),
            ]));
        return layout;
    }
}
