namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Sorts whole numbers from a short range (business days: a few hundred values at most) by counting them, in one pass
/// instead of a comparison sort's n log n; a wide range falls back to <see cref="MemoryExtensions.Sort{T}(Span{T})"/>.
/// </summary>
internal static class CountingSort
{
    private const long MaxRange = 1 << 16;

    public static void Sort(Span<int> values)
    {
        if (values.Length < 2)
        {
            return;
        }

        var min = int.MaxValue;
        var max = int.MinValue;
        foreach (var value in values)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        if ((long)max - min >= MaxRange)
        {
            values.Sort();
            return;
        }

        var counts = new int[max - min + 1];
        foreach (var value in values)
        {
            counts[value - min]++;
        }

        var position = 0;
        for (var slot = 0; slot < counts.Length; slot++)
        {
            values.Slice(position, counts[slot]).Fill(min + slot);
            position += counts[slot];
        }
    }
}
