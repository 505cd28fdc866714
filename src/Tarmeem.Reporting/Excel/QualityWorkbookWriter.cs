using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// Writes the Arabic, right-to-left quality workbook: eight sheets of Excel tables with native charts bound
/// to them, the row-level sheet streamed. Only values are written, never formulas, so text that starts with
/// <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> stays text. The same report gives the same bytes.
/// </summary>
public static class QualityWorkbookWriter
{
    /// <summary>Writes the full workbook of <paramref name="report"/> to <paramref name="output"/> (no seeking needed).</summary>
    public static void Write(QualityReport report, Stream output, WorkbookOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        SheetLayout[] layouts =
        [
            SummarySheet.Build(report),
            ChannelsSheet.Build(report),
            TrendSheet.Build(report),
            ResponseTimesSheet.Build(report),
            SatisfactionSheet.Build(report),
            ProcessQualitySheet.Build(report),
            DataQualitySheet.Build(report),
        ];

        using var package = new XlsxPackageWriter(output, report.GeneratedAt, options.Compression);
        var composer = new WorkbookComposer(package, options);
        foreach (var layout in layouts)
        {
            ct.ThrowIfCancellationRequested();
            composer.AddSheet(layout);
        }

        var titles = SheetLayout.Titled("Sheet_Cases", report, []).Rows;
        AddCaseSheet(composer, titles, report.CaseRows, ct);
        composer.Complete(report.GeneratedAt);
    }

    /// <summary>
    /// A workbook with only the row-level sheet, streamed from <paramref name="rows"/> (enumerated once), for
    /// exports too large for the full report. Its parts carry a fixed timestamp, so it is reproducible too.
    /// </summary>
    public static void WriteCaseRows(IEnumerable<CaseRow> rows, Stream output, CancellationToken ct) =>
        WriteCaseRows(rows, output, WorkbookOptions.Default, ct);

    public static void WriteCaseRows(IEnumerable<CaseRow> rows, Stream output, WorkbookOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        using var package = new XlsxPackageWriter(output, DateTimeOffset.MinValue, options.Compression);
        var composer = new WorkbookComposer(package, options);
        AddCaseSheet(composer, [[Cell.Of(CaseRowsSheet.Name, CellStyle.Title)], []], rows, ct);
        composer.Complete(created: null);
    }

    private static void AddCaseSheet(WorkbookComposer composer, IReadOnlyList<Cell[]> titles, IEnumerable<CaseRow> rows, CancellationToken ct)
    {
        var sheet = new CaseRowsSheet(composer.Strings);
        composer.AddSheet(CaseRowsSheet.Name, CaseRowsSheet.PrintWidths, titles.Count + 1, hasDrawing: false, breaksAfter: [], writer =>
            [sheet.Write(writer, titles, rows, ct)]);
    }
}
