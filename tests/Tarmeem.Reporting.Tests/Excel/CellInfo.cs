namespace Tarmeem.Reporting.Tests.Excel;

/// <summary>A cell as the test reads it back: text or number, its number format, and whether it holds a formula.</summary>
internal sealed record CellInfo(string? Text, double? Number, string Format, bool IsFormula, string CellType);
