namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Counts records with one problem and keeps the ten smallest ids (ordinal), so the examples do not depend
/// on the order the source delivered the records in.
/// </summary>
internal sealed class ExampleCollector
{
    public const int MaxExamples = 10;

    private readonly List<string> _examples = new(MaxExamples + 1);

    public int Count { get; private set; }

    public IReadOnlyList<string> Examples => _examples;

    public void Add(string id)
    {
        Count++;
        if (_examples.Count == MaxExamples && string.CompareOrdinal(id, _examples[^1]) >= 0)
        {
            return;
        }

        var at = _examples.BinarySearch(id, StringComparer.Ordinal);
        _examples.Insert(at >= 0 ? at : ~at, id);
        if (_examples.Count > MaxExamples)
        {
            _examples.RemoveAt(MaxExamples);
        }
    }
}
