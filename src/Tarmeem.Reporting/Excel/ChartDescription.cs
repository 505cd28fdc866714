using System.Globalization;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// A chart's description (alt text) with its figures, read from the same cells the chart is bound to: the
/// title, then each series with every category's value, so a screen reader gets what the bars show.
/// </summary>
internal static class ChartDescription
{
    public static string For(ChartSpec chart, SheetLayout layout)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(layout);
        var categories = Enumerable.Range(chart.Categories.FirstRow, chart.Categories.Count)
            .Select(row => Text(layout.CellAt(row, chart.Categories.Column)))
            .ToList();
        var series = chart.Series.Select(s =>
        {
            var name = Text(layout.CellAt(s.Name.FirstRow, s.Name.Column));
            var values = Enumerable.Range(s.Values.FirstRow, s.Values.Count)
                .Select((row, i) => $"{categories[i]} {Text(layout.CellAt(row, s.Values.Column))}");
            return $"{name}: {string.Join("، ", values)}";
        });
        return $"{chart.Title}. {string.Join("؛ ", series)}.";
    }

    private static string Text(Cell cell) => cell.Kind switch
    {
        CellKind.Text => cell.Text!,
        CellKind.Number when cell.Style is CellStyle.MonthYear => DateOnly.FromDayNumber(Epoch + (int)cell.Number).ToString("yyyy/MM", CultureInfo.InvariantCulture),
        CellKind.Number when cell.Style is CellStyle.Percent => (cell.Number * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%",
        CellKind.Number => cell.Number.ToString("#,0.#", CultureInfo.InvariantCulture),
        _ => "—",
    };

    /// <summary>Day number of Excel's serial 0 (1899-12-30).</summary>
    private static readonly int Epoch = new DateOnly(1899, 12, 30).DayNumber;
}
