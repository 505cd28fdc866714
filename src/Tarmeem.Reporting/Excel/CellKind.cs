namespace Tarmeem.Reporting.Excel;

internal enum CellKind
{
    Empty = 0,
    Number = 1,
    Text = 2,
}
