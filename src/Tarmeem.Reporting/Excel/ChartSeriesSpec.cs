namespace Tarmeem.Reporting.Excel;

/// <summary>One series: its name is a header cell, its values a column of the table; colour as RRGGBB.</summary>
internal sealed record ChartSeriesSpec(SheetRange Name, SheetRange Values, string Color);
