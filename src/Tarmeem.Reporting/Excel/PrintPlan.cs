namespace Tarmeem.Reporting.Excel;

/// <summary>
/// How a sheet prints on A4 landscape: scaled to the page width (never to one page, which made wide sheets
/// unreadable), its title and header rows repeated on every page, its charts below the tables (beside them
/// they widened the printed area and shrank everything), and a page break before a table or chart that
/// would otherwise start in the last lines of a page (a table keeps its title, header and first rows
/// together; a chart prints whole). Sizes are estimates in points, on the safe side.
/// </summary>
internal sealed record PrintPlan(int ChartRow, IReadOnlyList<int> BreaksAfter, long ChartWidthEmu, long ChartHeightEmu)
{
    public const long EmuPerPoint = 12700;

    /// <summary>A4 landscape less the 0.5 inch side margins.</summary>
    private const double PrintableWidth = 842 - 72;

    /// <summary>A4 landscape less the 0.6 inch top and bottom margins and room for the page-number footer.</summary>
    private const double PrintableHeight = 595 - 86.4 - 24;

    /// <summary>A row of 11 pt Arabic text as LibreOffice sizes it.</summary>
    private const double RowHeight = 17;

    /// <summary>Body rows of a table that must print on the same page as its header.</summary>
    private const int RowsWithHeader = 3;

    private const double ChartHeight = 270;
    private const double ChartMaxWidth = 560;

    public static PrintPlan For(SheetLayout layout, IReadOnlyList<double> widths, int chartCount)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(widths);
        var sheetWidth = widths.Sum(ColumnPoints);
        var page = PrintableHeight / Math.Min(1, PrintableWidth / sheetWidth);
        var heights = Enumerable.Range(1, layout.Rows.Count).Select(r => layout.RowHeight(r, widths) ?? RowHeight).ToList();
        var titles = heights.Take(layout.FrozenRows).Sum();

        // Each block that must not start too low: its first row and the height it needs together.
        var blocks = layout.Tables
            .Select(t =>
            {
                var first = t.HeaderRow > 1 && layout.CellAt(t.HeaderRow - 1, 1).Style == CellStyle.BlockTitle ? t.HeaderRow - 1 : t.HeaderRow;
                var last = Math.Min(t.LastRow, t.HeaderRow + RowsWithHeader);
                return (First: first, Height: heights.Skip(first - 1).Take(last - first + 1).Sum());
            })
            .Where(b => b.First > layout.FrozenRows + 1)
            .ToDictionary(b => b.First, b => b.Height);
        var chartRow = layout.Rows.Count + 1;
        if (chartCount > 0)
        {
            blocks[chartRow + 1] = chartCount * (ChartHeight + RowHeight);
        }

        List<int> breaks = [];
        var y = 0.0;
        for (var row = 1; row <= chartRow + 1; row++)
        {
            var height = row <= heights.Count ? heights[row - 1] : RowHeight;
            if (blocks.TryGetValue(row, out var needed) && y + needed > page && titles + needed <= page)
            {
                breaks.Add(row - 1);
                y = titles;
            }
            else if (y + height > page)
            {
                y = titles;
            }

            y += height;
        }

        return new PrintPlan(
            chartRow,
            breaks,
            (long)(Math.Min(sheetWidth, ChartMaxWidth) * EmuPerPoint),
            (long)(ChartHeight * EmuPerPoint));
    }

    /// <summary>A column's printed width: Excel's width unit is a digit of about 7 pixels, plus 5 pixels of padding.</summary>
    public static double ColumnPoints(double width) => ((width * 7) + 5) * 0.75;
}
