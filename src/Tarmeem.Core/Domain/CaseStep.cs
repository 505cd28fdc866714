namespace Tarmeem.Core.Domain;

/// <summary>The policy's handling steps of a support case, in order.</summary>
public enum CaseStep
{
    Received = 1,
    DataVerified = 2,
    /// <summary>Optional: only where the procedure is unclear to the applicant.</summary>
    ReferredToResearcher = 3,
    Attested = 4,
    SubmittedToCommittee = 5,
    Decision = 6,
    RegistrationCompleted = 7,
    ServiceDelivered = 8,
}
