namespace Tarmeem.Reporting.Excel;

/// <summary>A native chart bound to ranges of the sheet it sits on.</summary>
internal sealed record ChartSpec(string Title, ChartKind Kind, SheetRange Categories, IReadOnlyList<ChartSeriesSpec> Series);
