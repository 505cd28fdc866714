using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Model;

/// <summary>
/// One case as the row-level sheet shows it: facts and durations, no name, phone or e-mail. Dates are
/// local (Riyadh) calendar dates; durations are from receipt.
/// </summary>
public sealed record CaseRow
{
    public required string CaseNumber { get; init; }

    public required Channel Channel { get; init; }

    /// <summary>The source's channel text where it mapped to no channel (shown so staff can fix it).</summary>
    public string? RawChannel { get; init; }

    public required Branch Branch { get; init; }

    public required ServiceType ServiceType { get; init; }

    public DateOnly? Received { get; init; }

    public DateOnly? DataVerified { get; init; }

    public DateOnly? ReferredToResearcher { get; init; }

    public DateOnly? Attested { get; init; }

    public DateOnly? SubmittedToCommittee { get; init; }

    public DateOnly? DecisionOn { get; init; }

    public CaseDecision Decision { get; init; }

    public DateOnly? RegistrationCompleted { get; init; }

    public DateOnly? ServiceDelivered { get; init; }

    public double? DaysToDecision { get; init; }

    public int? BusinessDaysToDecision { get; init; }

    /// <summary>Null while undecided.</summary>
    public bool? DecidedWithinStandard { get; init; }

    public double? DaysToDelivery { get; init; }

    public bool IncompleteApplication { get; init; }

    /// <summary>The overall score of the survey about this case, if answered.</summary>
    public int? SurveyScore { get; init; }
}
