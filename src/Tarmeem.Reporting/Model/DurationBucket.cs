namespace Tarmeem.Reporting.Model;

/// <summary>
/// One bar of a duration distribution: [<see cref="From"/>, <see cref="To"/>] inclusive in whole units
/// (days or hours), <see cref="To"/> null for the open-ended last bucket.
/// </summary>
public sealed record DurationBucket
{
    public required int From { get; init; }

    public int? To { get; init; }

    public int Count { get; init; }

    /// <summary>Whether the whole bucket lies within the standard (for colouring bars).</summary>
    public bool WithinStandard { get; init; }
}
