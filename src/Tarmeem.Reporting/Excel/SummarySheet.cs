using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Excel;

/// <summary>«ملخص المؤشرات»: each KPI against the previous period and the same period last year, with a verdict.</summary>
internal static class SummarySheet
{
    public static SheetLayout Build(QualityReport report)
    {
        var layout = SheetLayout.Titled("Sheet_Summary", report, [40, 10, 10, 11, 11, 11, 10, 10]);
        if (report.IsEmpty)
        {
            layout.AddRow(Cell.Of(ReportText.Get("NoData"), CellStyle.Notice));
        }

        string[] headers =
        [
            WorkbookText.Get("Col_Indicator"), WorkbookText.Get("Col_Current"), WorkbookText.Get("Col_Previous"),
            WorkbookText.Get("Col_ChangeFromPrevious"), WorkbookText.Get("Col_LastYear"), WorkbookText.Get("Col_ChangeFromLastYear"),
            WorkbookText.Get("Col_VerdictPrevious"), WorkbookText.Get("Col_VerdictLastYear"),
        ];
        var rows = report.Kpis.Select(kpi => new[]
        {
            Cell.Of(ReportText.KpiLabel(kpi.Key)),
            KpiFormats.Value(kpi.Current, kpi.Unit),
            KpiFormats.Value(kpi.Previous, kpi.Unit),
            KpiFormats.Change(kpi, kpi.Previous, kpi.PreviousComparable),
            KpiFormats.Value(kpi.LastYear, kpi.Unit),
            KpiFormats.Change(kpi, kpi.LastYear, kpi.LastYearComparable),
            Verdict(kpi, kpi.Previous, kpi.PreviousComparable),
            Verdict(kpi, kpi.LastYear, kpi.LastYearComparable),
        }).ToList();
        var table = layout.AddTable("KpiSummary", headers, rows);
        layout.FrozenRows = table.HeaderRow;
        return layout;
    }

    /// <summary>
    /// No verdict without both figures, nor for a volume (neither better nor worse): «دون تغيير» would then claim
    /// a comparison that was not made, or that a changed number did not change. Nor against a period the data does
    /// not wholly cover.
    /// </summary>
    private static Cell Verdict(Kpi kpi, double? baseline, bool comparable) =>
        !comparable || kpi.Current is null || baseline is null || kpi.Direction == KpiDirection.Neutral
            ? Cell.Empty
            : Cell.Of(ReportText.Verdict(kpi.Verdict(KpiFormats.PrintedChange(kpi, baseline))));
}
