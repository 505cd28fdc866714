namespace Tarmeem.Reporting.Model;

/// <summary>
/// One kind of data problem with its count and a few example record ids (case numbers, inquiry ids or
/// source item ids: never personal data). <see cref="Kind"/> names the Arabic label (<c>Finding_{Kind}</c>).
/// </summary>
public sealed record DataQualityFinding
{
    public required DataQualityKind Kind { get; init; }

    public int Count { get; init; }

    /// <summary>Up to ten ids to look up at the source.</summary>
    public required IReadOnlyList<string> Examples { get; init; }

    /// <summary>Extra facts, e.g. the unmapped channel texts seen; never personal data.</summary>
    public string? Detail { get; init; }
}
