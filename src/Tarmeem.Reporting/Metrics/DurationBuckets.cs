using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Distributions in whole started units: a duration falls in the bucket holding its ceiling (3 days and one
/// hour is day 4), so the buckets marked within the standard add up to exactly the within-standard count.
/// </summary>
internal static class DurationBuckets
{
    /// <summary>Upper ends of the first-response buckets in hours: 0–1, 2–4, 5–24, 25–72, 73+.</summary>
    public static IReadOnlyList<int> FirstResponseHourEdges { get; } = [1, 4, 24, 72];

    /// <summary>
    /// Upper ends of the decision buckets in days, from the standard S: ⌊S/4⌋, ⌊S/2⌋, S, ⌊3S/2⌋, 2S (duplicates
    /// dropped for a tiny S). For S = 14: 0–3, 4–7, 8–14, 15–21, 22–28, 29+; the standard is always an edge.
    /// </summary>
    public static IReadOnlyList<int> DecisionDayEdges(int standardDays)
    {
        int[] candidates = [standardDays / 4, standardDays / 2, standardDays, (standardDays * 3) / 2, standardDays * 2];
        var edges = new List<int>(candidates.Length);
        foreach (var edge in candidates)
        {
            if (edges.Count == 0 || edge > edges[^1])
            {
                edges.Add(edge);
            }
        }

        return edges;
    }

    public static IReadOnlyList<DurationBucket> Build(ReadOnlySpan<long> ticks, long unitTicks, IReadOnlyList<int> upperEdges, int? standard)
    {
        var counts = new int[upperEdges.Count + 1];
        foreach (var value in ticks)
        {
            var units = StartedUnits(value, unitTicks);
            var bucket = 0;
            while (bucket < upperEdges.Count && units > upperEdges[bucket])
            {
                bucket++;
            }

            counts[bucket]++;
        }

        var buckets = new List<DurationBucket>(counts.Length);
        for (var i = 0; i < counts.Length; i++)
        {
            int? to = i < upperEdges.Count ? upperEdges[i] : null;
            buckets.Add(new DurationBucket
            {
                From = i == 0 ? 0 : upperEdges[i - 1] + 1,
                To = to,
                Count = counts[i],
                WithinStandard = to is { } upper && standard is { } limit && upper <= limit,
            });
        }

        return buckets;
    }

    private static long StartedUnits(long ticks, long unitTicks) => ticks <= 0 ? 0 : ((ticks - 1) / unitTicks) + 1;
}
