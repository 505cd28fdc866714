namespace Tarmeem.Benchmarks.Rows;

/// <summary>
/// One case as plain values, the 21 columns of our row sheet. Plain types only, because the ClosedXML
/// benchmark compiles this file without our assemblies (ClosedXML 0.95.4 cannot share a process with them).
/// Enum-like columns are indexes into <see cref="BenchLabels"/>, with 0 meaning "unspecified".
/// </summary>
internal sealed class BenchRow
{
    public required string CaseNumber { get; init; }

    public int Channel { get; init; }

    public string? RawChannel { get; init; }

    public int Branch { get; init; }

    public int ServiceType { get; init; }

    public DateOnly? Received { get; init; }

    public DateOnly? DataVerified { get; init; }

    public DateOnly? ReferredToResearcher { get; init; }

    public DateOnly? Attested { get; init; }

    public DateOnly? SubmittedToCommittee { get; init; }

    public DateOnly? DecisionOn { get; init; }

    public int Decision { get; init; }

    public double? DaysToDecision { get; init; }

    public int? BusinessDaysToDecision { get; init; }

    public bool? DecidedWithinStandard { get; init; }

    public DateOnly? RegistrationCompleted { get; init; }

    public DateOnly? ServiceDelivered { get; init; }

    public double? DaysToDelivery { get; init; }

    public bool IncompleteApplication { get; init; }

    public int? SurveyScore { get; init; }
}
