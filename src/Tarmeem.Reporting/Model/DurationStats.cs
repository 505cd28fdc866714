namespace Tarmeem.Reporting.Model;

/// <summary>
/// The distribution of one duration over a set of records: medians and 90th percentiles in calendar days
/// and in business days (Sunday–Thursday, less holidays). <see cref="WithinStandardShare"/> is set only where
/// a standard applies (the decision).
/// </summary>
public sealed record DurationStats
{
    public static DurationStats None { get; } = new();

    public int Count { get; init; }

    public double? MedianDays { get; init; }

    public double? P90Days { get; init; }

    public double? MedianBusinessDays { get; init; }

    public double? P90BusinessDays { get; init; }

    public double? WithinStandardShare { get; init; }
}
