namespace Tarmeem.Core.Domain;

/// <summary>Where a survey invitation stands.</summary>
public enum InvitationStatus
{
    /// <summary>Decided and stored, not yet confirmed sent.</summary>
    Pending = 0,
    Sent = 1,
    Answered = 2,
    Expired = 3,
    OptedOut = 4,
    Bounced = 5,
}
