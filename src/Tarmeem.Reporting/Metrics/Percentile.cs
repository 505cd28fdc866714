using System.Numerics;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Percentiles by linear interpolation between closest ranks (Excel's PERCENTILE.INC, Hyndman–Fan type 7),
/// so that anyone can check a figure from the case rows in a spreadsheet.
/// </summary>
internal static class Percentile
{
    /// <summary>The <paramref name="p"/>-th percentile (0..1) of values already sorted ascending; null when empty.</summary>
    public static double? OfSorted(ReadOnlySpan<long> sorted, double p) => Interpolate(sorted, p);

    /// <summary><see cref="OfSorted"/> of whole days (business days).</summary>
    public static double? OfSortedDays(ReadOnlySpan<int> sorted, double p) => Interpolate(sorted, p);

    private static double? Interpolate<T>(ReadOnlySpan<T> sorted, double p)
        where T : INumberBase<T>
    {
        if (sorted.IsEmpty)
        {
            return null;
        }

        var rank = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(rank);
        if (below >= sorted.Length - 1)
        {
            return double.CreateChecked(sorted[^1]);
        }

        var fraction = rank - below;
        var low = double.CreateChecked(sorted[below]);
        return low + (fraction * (double.CreateChecked(sorted[below + 1]) - low));
    }
}
