namespace Tarmeem.Reporting.Charts;

/// <summary>
/// The decisions made before drawing a chart: its font, where each category sits and how its label
/// wraps, and whether values are written on the bars. Category positions are ScottPlot x coordinates,
/// so the first category, drawn on the right, has the largest.
/// </summary>
public sealed record ChartLayout(
    ChartFont Font,
    IReadOnlyList<ChartCategorySlot> Categories,
    float CategoryFontPoints,
    bool ShowsValueLabels);
