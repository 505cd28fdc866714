namespace Tarmeem.Reporting.Charts;

/// <summary>One series: its name (shown in the legend when there are several) and one value per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
