namespace Tarmeem.Reporting.Excel;

internal enum ChartKind
{
    Column = 1,

    /// <summary>Series stacked in one column per category, e.g. within and over the standard.</summary>
    StackedColumn = 2,
    Line = 3,
}
