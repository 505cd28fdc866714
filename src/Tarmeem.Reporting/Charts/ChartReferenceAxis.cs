namespace Tarmeem.Reporting.Charts;

/// <summary>Which axis a <see cref="ChartReferenceLine"/> marks a position on.</summary>
public enum ChartReferenceAxis
{
    /// <summary>A horizontal line at a value (a target, the 14-day standard on a days axis).</summary>
    Value,

    /// <summary>A vertical line between categories (the standard between two day buckets).</summary>
    Category,
}
