using Tarmeem.Core.Localization;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// A small sheet laid out in memory before it is written: rows of cells, the tables over them and the charts
/// bound to them. Charts read their cached values back from here, so cache and cells cannot disagree.
/// </summary>
internal sealed class SheetLayout
{
    private readonly List<Cell[]> _rows = [];
    private readonly List<TableBlock> _tables = [];
    private readonly List<ChartSpec> _charts = [];
    private readonly Dictionary<int, IReadOnlyList<string>> _headerRows = [];
    private readonly IReadOnlyList<double> _widths;

    public SheetLayout(string name, IReadOnlyList<double> columnWidths)
    {
        Name = name;
        _widths = columnWidths;
    }

    public string Name { get; }

    /// <summary>The widths asked for, widened where a header word needs more room.</summary>
    public IReadOnlyList<double> ColumnWidths => HeaderFit.Widen(_widths, _headerRows.Values);

    /// <summary>Rows kept in view while scrolling: the titles, and the header where the sheet has one table.</summary>
    public int FrozenRows { get; set; }

    public IReadOnlyList<Cell[]> Rows => _rows;

    public IReadOnlyList<TableBlock> Tables => _tables;

    public IReadOnlyList<ChartSpec> Charts => _charts;

    public int ColumnCount => _rows.Count == 0 ? 0 : _rows.Max(r => r.Length);

    /// <summary>A sheet whose first two rows say what it is, for which period, and when it was produced.</summary>
    public static SheetLayout Titled(string titleKey, QualityReport report, IReadOnlyList<double> columnWidths)
    {
        ArgumentNullException.ThrowIfNull(report);
        var name = WorkbookText.Get(titleKey);
        var layout = new SheetLayout(name, columnWidths);
        layout.AddRow(Cell.Of(WorkbookText.Format("TitleFormat", name, ReportText.PeriodName(report.Period, report.AsOf)), CellStyle.Title));
        var generated = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(report.GeneratedAt, RiyadhTime.Zone).DateTime);
        layout.AddRow(Cell.Of(WorkbookText.Format("GeneratedOnFormat", ArabicLabels.GregorianAndHijri(generated)), CellStyle.Subtitle));
        layout.FrozenRows = 2;
        return layout;
    }

    public int AddRow(params Cell[] cells)
    {
        _rows.Add(cells);
        return _rows.Count;
    }

    /// <summary>A bold line naming the table below it, on sheets that hold several tables.</summary>
    public void AddBlockTitle(string title)
    {
        if (_rows.Count > 2)
        {
            AddRow();
        }

        AddRow(Cell.Of(title, CellStyle.BlockTitle));
    }

    /// <summary>Adds a header row, the body rows and an optional totals row, and records them as one Excel table.</summary>
    public TableBlock AddTable(string tableName, IReadOnlyList<string> headers, IReadOnlyList<Cell[]> body, Cell[]? totals = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(body);
        var duplicate = headers.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Table {tableName} on sheet «{Name}» has two columns named «{duplicate.Key}»; Excel needs unique table column names.");
        }

        var headerRow = AddRow([.. headers.Select(h => Cell.Of(h, CellStyle.Header))]);
        _headerRows.Add(headerRow, headers);
        foreach (var row in body)
        {
            AddRow(row);
        }

        if (body.Count == 0)
        {
            AddRow();
        }

        if (totals is not null)
        {
            AddRow(totals);
        }

        var table = new TableBlock(tableName, Name, headers, headerRow, body.Count, totals is not null);
        _tables.Add(table);
        return table;
    }

    public void AddChart(ChartSpec chart) => _charts.Add(chart);

    /// <summary>A header row's height in points (tall enough for its wrapped headers); null for other rows.</summary>
    public double? RowHeight(int row, IReadOnlyList<double> widths) =>
        _headerRows.TryGetValue(row, out var headers) ? HeaderFit.Height(headers, widths) : null;

    public Cell CellAt(int row, int column)
    {
        if (row < 1 || row > _rows.Count)
        {
            return Cell.Empty;
        }

        var cells = _rows[row - 1];
        return column >= 1 && column <= cells.Length ? cells[column - 1] : Cell.Empty;
    }
}
