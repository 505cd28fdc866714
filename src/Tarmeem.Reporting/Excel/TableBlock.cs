namespace Tarmeem.Reporting.Excel;

/// <summary>
/// Where one Excel table sits on its sheet: header row, data rows (at least one, since Excel refuses a table
/// without a body) and an optional totals row just below them.
/// </summary>
internal sealed record TableBlock(string Name, string Sheet, IReadOnlyList<string> Headers, int HeaderRow, int DataRowCount, bool HasTotals)
{
    public int FirstDataRow => HeaderRow + 1;

    /// <summary>The last body row; an empty table keeps one blank body row.</summary>
    public int LastDataRow => HeaderRow + Math.Max(DataRowCount, 1);

    public int LastRow => LastDataRow + (HasTotals ? 1 : 0);

    /// <summary>The body of column <paramref name="column"/> (1-based within the table, which starts at A).</summary>
    public SheetRange Column(int column) => new(Sheet, column, FirstDataRow, LastDataRow);

    public SheetRange HeaderCell(int column) => new(Sheet, column, HeaderRow, HeaderRow);

    public int ColumnOf(string header)
    {
        for (var i = 0; i < Headers.Count; i++)
        {
            if (Headers[i] == header)
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"Table {Name} has no column «{header}».", nameof(header));
    }
}
