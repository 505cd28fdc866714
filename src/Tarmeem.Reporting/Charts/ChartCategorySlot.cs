namespace Tarmeem.Reporting.Charts;

/// <summary>One category on the axis: its index in reading order, its x coordinate, its label lines (logical text).</summary>
public sealed record ChartCategorySlot(int Index, string Category, double Position, IReadOnlyList<string> Lines);
