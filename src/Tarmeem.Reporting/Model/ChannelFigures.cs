using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Model;

/// <summary>One channel's use in the period: volumes, share, per-branch split, speed and satisfaction.</summary>
public sealed record ChannelFigures
{
    public required Channel Channel { get; init; }

    public int Cases { get; init; }

    public int Inquiries { get; init; }

    public int Total => Cases + Inquiries;

    /// <summary>Share of all cases and inquiries of the period.</summary>
    public double? Share { get; init; }

    /// <summary>Cases plus inquiries per branch, every branch of <c>ChannelCatalog.BranchesForReports</c> present.</summary>
    public required IReadOnlyDictionary<Branch, int> ByBranch { get; init; }

    /// <summary>Total in the previous period and a year earlier, for the change columns.</summary>
    public int PreviousTotal { get; init; }

    public int LastYearTotal { get; init; }

    public double? FirstResponseMedianHours { get; init; }

    public double? DecisionWithinStandardShare { get; init; }

    public int InvitationsSent { get; init; }

    public int Responses { get; init; }

    public double? ResponseRate { get; init; }

    public double? Csat { get; init; }

    public double? MeanOverall { get; init; }
}
