using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// «جودة البيانات»: every kind of record that could not be counted cleanly, with example ids to fix, then every record
/// held back (quarantined) at the end of the period with its reason.
/// </summary>
internal static class DataQualitySheet
{
    public static SheetLayout Build(QualityReport report)
    {
        var layout = SheetLayout.Titled("Sheet_DataQuality", report, [44, 10, 50, 50]);
        var findings = report.DataQuality.Findings;
        var table = layout.AddTable(
            "DataQuality",
            [WorkbookText.Get("Col_Finding"), WorkbookText.Get("Col_Count"), WorkbookText.Get("Col_Examples"), WorkbookText.Get("Col_Detail")],
            [.. findings.Select(f => new[]
            {
                Cell.Of(ReportText.FindingLabel(f.Kind)),
                Cell.Of(f.Count, CellStyle.Integer),
                Cell.Of(string.Join("، ", f.Examples), CellStyle.Wrapped),
                Cell.Of(f.Detail, CellStyle.Wrapped),
            })],
            [Cell.Of(WorkbookText.Get("TotalRow")), Cell.Of(report.DataQuality.Total, CellStyle.Integer), Cell.Empty, Cell.Empty]);
        layout.FrozenRows = table.HeaderRow;
        if (report.DataQuality.Held.Count > 0)
        {
            layout.AddBlockTitle(WorkbookText.Get("Block_Held"));
            layout.AddTable(
                "HeldRecords",
                [WorkbookText.Get("Col_Record"), WorkbookText.Get("Col_HeldSince"), WorkbookText.Get("Col_Reason"), WorkbookText.Get("Col_LastSeen")],
                [.. report.DataQuality.Held.Select(h => new[]
                {
                    Cell.Of(h.Reference), Cell.Of(h.Since), Cell.Of(h.Description, CellStyle.Wrapped), Cell.Of(h.LastSeen),
                })]);
        }

        return layout;
    }
}
