namespace Tarmeem.Reporting.Model;

/// <summary>Every record that could not be counted cleanly, by kind of problem: nothing is dropped in silence.</summary>
public sealed record DataQualityFigures
{
    public required IReadOnlyList<DataQualityFinding> Findings { get; init; }

    public int Total => Findings.Sum(f => f.Count);
}
