namespace Tarmeem.Reporting.Excel;

/// <summary>
/// One cell of a laid-out sheet: a number (dates are serial numbers) or text. Text is always written as a
/// string cell, never as a formula, whatever it starts with.
/// </summary>
internal readonly record struct Cell(CellKind Kind, double Number, string? Text, CellStyle Style)
{
    public static Cell Empty => default;

    public static Cell Of(string? text, CellStyle style = CellStyle.Default) =>
        string.IsNullOrEmpty(text) ? new(CellKind.Empty, 0, null, style) : new(CellKind.Text, 0, text, style);

    /// <summary>A number; null, NaN and infinities stay empty, because a missing figure is not zero.</summary>
    public static Cell Of(double? number, CellStyle style) =>
        number is { } value && double.IsFinite(value) ? new(CellKind.Number, value, null, style) : new(CellKind.Empty, 0, null, style);

    public static Cell Of(DateOnly? date, CellStyle style = CellStyle.Date) =>
        date is { } value ? new(CellKind.Number, ExcelDate.Serial(value), null, style) : new(CellKind.Empty, 0, null, style);

    public static Cell YesNo(bool? value) => value is { } flag ? Of(WorkbookText.YesNo(flag)) : Empty;
}
