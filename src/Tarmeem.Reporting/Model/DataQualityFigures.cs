namespace Tarmeem.Reporting.Model;

/// <summary>Every record that could not be counted cleanly, by kind of problem: nothing is dropped in silence.</summary>
public sealed record DataQualityFigures
{
    public required IReadOnlyList<DataQualityFinding> Findings { get; init; }

    /// <summary>Every record held back (quarantined) at the end of the period, in source and id order.</summary>
    public IReadOnlyList<HeldRecord> Held { get; init; } = [];

    public int Total => Findings.Sum(f => f.Count);
}
