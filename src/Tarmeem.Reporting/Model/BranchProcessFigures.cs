using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Model;

/// <summary>Process quality for one branch (an office, never a person).</summary>
public sealed record BranchProcessFigures
{
    public required Branch Branch { get; init; }

    public int CasesReceived { get; init; }

    public double? ReferredShare { get; init; }

    public double? IncompleteShare { get; init; }

    public double? AcceptanceRate { get; init; }

    public double? DecisionWithinStandardShare { get; init; }
}
