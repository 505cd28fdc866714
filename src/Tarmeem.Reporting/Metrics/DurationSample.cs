using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Durations collected during a scan: elapsed time in ticks (exact, so that "exactly 14 days" stays exact)
/// and business days. Sorted once when the statistics are asked for.
/// </summary>
internal sealed class DurationSample
{
    private long[] _ticks = new long[16];
    private int[] _businessDays = new int[16];
    private bool _ticksSorted = true;
    private bool _businessDaysSorted = true;

    public int Count { get; private set; }

    public void Add(long ticks, int businessDays)
    {
        if (Count == _ticks.Length)
        {
            Array.Resize(ref _ticks, Count * 2);
            Array.Resize(ref _businessDays, Count * 2);
        }

        _ticks[Count] = ticks;
        _businessDays[Count] = businessDays;
        Count++;
        _ticksSorted = false;
        _businessDaysSorted = false;
    }

    /// <summary>How many durations are at most <paramref name="limitTicks"/>.</summary>
    public int CountAtMost(long limitTicks)
    {
        var within = 0;
        foreach (var ticks in _ticks.AsSpan(0, Count))
        {
            if (ticks <= limitTicks)
            {
                within++;
            }
        }

        return within;
    }

    public double? MedianHours() => Percentile.OfSorted(SortedTicks(), 0.5) / TimeSpan.TicksPerHour;

    public double? MedianDays() => Percentile.OfSorted(SortedTicks(), 0.5) / TimeSpan.TicksPerDay;

    /// <summary>The statistics; <paramref name="standardDays"/> adds the within-standard share (the decision).</summary>
    public DurationStats ToStats(int? standardDays)
    {
        if (Count == 0)
        {
            return DurationStats.None;
        }

        var ticks = SortedTicks();
        var business = SortedBusinessDays();
        return new DurationStats
        {
            Count = Count,
            MedianDays = Percentile.OfSorted(ticks, 0.5) / TimeSpan.TicksPerDay,
            P90Days = Percentile.OfSorted(ticks, 0.9) / TimeSpan.TicksPerDay,
            MedianBusinessDays = Percentile.OfSortedDays(business, 0.5),
            P90BusinessDays = Percentile.OfSortedDays(business, 0.9),
            WithinStandardShare = standardDays is { } days ? Ratio.Of(CountAtMost(days * TimeSpan.TicksPerDay), Count) : null,
        };
    }

    /// <summary>The durations in ticks, for bucketing.</summary>
    public ReadOnlySpan<long> Ticks => _ticks.AsSpan(0, Count);

    // Ticks and business days are sorted independently and only when asked: each percentile needs only its own
    // order, and most samples (channels, months) are asked for the calendar median alone.
    private ReadOnlySpan<long> SortedTicks()
    {
        if (!_ticksSorted)
        {
            Array.Sort(_ticks, 0, Count);
            _ticksSorted = true;
        }

        return _ticks.AsSpan(0, Count);
    }

    private ReadOnlySpan<int> SortedBusinessDays()
    {
        if (!_businessDaysSorted)
        {
            CountingSort.Sort(_businessDays.AsSpan(0, Count));
            _businessDaysSorted = true;
        }

        return _businessDays.AsSpan(0, Count);
    }
}
