using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Model;

/// <summary>How well the handling steps are followed: referrals, incomplete files, decisions.</summary>
public sealed record ProcessQualityFigures
{
    public int CasesReceived { get; init; }

    public int Referred { get; init; }

    public double? ReferredShare { get; init; }

    public int Incomplete { get; init; }

    public double? IncompleteShare { get; init; }

    public int Accepted { get; init; }

    public int Rejected { get; init; }

    public double? AcceptanceRate { get; init; }

    /// <summary>The same figures per branch, every branch present.</summary>
    public required IReadOnlyList<BranchProcessFigures> ByBranch { get; init; }
}
