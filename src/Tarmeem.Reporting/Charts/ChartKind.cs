namespace Tarmeem.Reporting.Charts;

/// <summary>How a <see cref="CategoryChart"/> draws its series.</summary>
public enum ChartKind
{
    /// <summary>One series as plain bars.</summary>
    Bar,

    /// <summary>Several series side by side within each category.</summary>
    GroupedBar,

    /// <summary>Several series stacked on each other; the label above each stack is its total.</summary>
    StackedBar,

    /// <summary>Each series as a line through the categories (trends over months).</summary>
    Line,
}
