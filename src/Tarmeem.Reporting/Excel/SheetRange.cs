using System.Globalization;

namespace Tarmeem.Reporting.Excel;

/// <summary>A one-column range of a named sheet (1-based rows and columns), as a chart formula names it.</summary>
internal sealed record SheetRange(string Sheet, int Column, int FirstRow, int LastRow)
{
    /// <summary><c>'القنوات'!$B$4:$B$12</c>: the sheet name quoted (quotes doubled), absolute references.</summary>
    public string Formula
    {
        get
        {
            var sheet = $"'{Sheet.Replace("'", "''", StringComparison.Ordinal)}'";
            var first = $"${ColumnName(Column)}${FirstRow.ToString(CultureInfo.InvariantCulture)}";
            return FirstRow == LastRow
                ? $"{sheet}!{first}"
                : $"{sheet}!{first}:${ColumnName(Column)}${LastRow.ToString(CultureInfo.InvariantCulture)}";
        }
    }

    public int Count => LastRow - FirstRow + 1;

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    public static string Reference(int column, int row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
}
