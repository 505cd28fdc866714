namespace Tarmeem.Sample;

/// <summary>A fixed discrete distribution: values with relative weights, drawn in one binary search.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public WeightedChoice(params (T Value, double Weight)[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Length == 0 || entries.Any(e => e.Weight < 0) || entries.Sum(e => e.Weight) <= 0)
        {
            throw new ArgumentException("A weighted choice needs at least one entry and non-negative weights with a positive sum.", nameof(entries));
        }

        _values = entries.Select(e => e.Value).ToArray();
        _cumulative = new double[entries.Length];
        var total = entries.Sum(e => e.Weight);
        var running = 0.0;
        for (var i = 0; i < entries.Length; i++)
        {
            running += entries[i].Weight / total;
            _cumulative[i] = running;
        }

        _cumulative[^1] = 1.0;
    }

    public IReadOnlyList<T> Values => _values;

    /// <summary>The normalised weight of the value at <paramref name="index"/>.</summary>
    public double ShareAt(int index) => _cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1]);

    public T Pick(Random random)
    {
        var u = random.NextDouble();
        var index = Array.BinarySearch(_cumulative, u);
        index = index >= 0 ? index + 1 : ~index;
        return _values[Math.Min(index, _values.Length - 1)];
    }
}
