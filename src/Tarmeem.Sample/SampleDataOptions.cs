namespace Tarmeem.Sample;

/// <summary>
/// What the sample generator needs. The caller computes <see cref="LastMonth"/> from its TimeProvider;
/// the generator never reads the clock, so the same options always give the same records.
/// </summary>
public sealed record SampleDataOptions
{
    public const int DefaultSeed = 1446;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Multiplies every volume (1 ≈ 6,000 cases and 15,000 inquiries a year); for benchmarks.</summary>
    public double Scale { get; init; } = 1;

    /// <summary>The first day of the last complete month: nothing generated happens after that month ends.</summary>
    public required DateOnly LastMonth { get; init; }

    /// <summary>Throws a message naming the bad option and what a good value looks like.</summary>
    public void Validate()
    {
        if (LastMonth.Day != 1)
        {
            throw new ArgumentException(
                $"SampleDataOptions.LastMonth must be the first day of a month, but was {LastMonth:yyyy-MM-dd}. Use new DateOnly({LastMonth.Year}, {LastMonth.Month}, 1).",
                nameof(LastMonth));
        }

        if (!double.IsFinite(Scale) || Scale <= 0 || Scale > 1000)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Scale),
                Scale,
                "SampleDataOptions.Scale must be a positive number up to 1000 (1 is the association's real volume; 17 is the benchmark size).");
        }
    }
}
