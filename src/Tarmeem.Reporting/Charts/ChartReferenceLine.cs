namespace Tarmeem.Reporting.Charts;

/// <summary>
/// A marked position with its label, e.g. the 14-day service standard. On the category axis the
/// position counts categories in reading order: 0 is the first category, 2.5 the gap after the third.
/// </summary>
public sealed record ChartReferenceLine(ChartReferenceAxis Axis, double Position, string Label)
{
    /// <summary>A horizontal line at <paramref name="value"/> on the value axis.</summary>
    public static ChartReferenceLine AtValue(double value, string label) => new(ChartReferenceAxis.Value, value, label);

    /// <summary>A vertical line in the gap after category <paramref name="categoryIndex"/> (0-based, reading order).</summary>
    public static ChartReferenceLine AfterCategory(int categoryIndex, string label) =>
        new(ChartReferenceAxis.Category, categoryIndex + 0.5, label);
}
