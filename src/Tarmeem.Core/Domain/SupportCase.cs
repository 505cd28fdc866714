namespace Tarmeem.Core.Domain;

/// <summary>
/// One support case from the case register. Step timestamps are instants (UTC offsets kept as read);
/// a step not reached yet is <see langword="null"/>. Holds no personal data: the register's names,
/// phones and national IDs never enter the store.
/// </summary>
public sealed record SupportCase
{
    public required string CaseNumber { get; init; }

    public required Channel Channel { get; init; }

    /// <summary>The channel text as the source wrote it, kept when it mapped to no channel.</summary>
    public string? RawChannel { get; init; }

    public required Branch Branch { get; init; }

    public ServiceType ServiceType { get; init; }

    public DateTimeOffset? Received { get; init; }

    public DateTimeOffset? DataVerified { get; init; }

    public DateTimeOffset? ReferredToResearcher { get; init; }

    public DateTimeOffset? Attested { get; init; }

    public DateTimeOffset? SubmittedToCommittee { get; init; }

    public DateTimeOffset? DecisionAt { get; init; }

    public CaseDecision Decision { get; init; }

    public DateTimeOffset? RegistrationCompleted { get; init; }

    public DateTimeOffset? ServiceDelivered { get; init; }

    /// <summary>The applicant did not supply everything required on the day (policy step 2).</summary>
    public bool IncompleteApplication { get; init; }

    /// <summary>
    /// A case is closed once rejected or once its service is delivered; anything else is still open.
    /// </summary>
    public bool IsClosed => Decision == CaseDecision.Rejected || ServiceDelivered is not null;

    public DateTimeOffset? TimeOf(CaseStep step) => step switch
    {
        CaseStep.Received => Received,
        CaseStep.DataVerified => DataVerified,
        CaseStep.ReferredToResearcher => ReferredToResearcher,
        CaseStep.Attested => Attested,
        CaseStep.SubmittedToCommittee => SubmittedToCommittee,
        CaseStep.Decision => DecisionAt,
        CaseStep.RegistrationCompleted => RegistrationCompleted,
        CaseStep.ServiceDelivered => ServiceDelivered,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown case step."),
    };
}
