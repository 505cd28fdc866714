namespace Tarmeem.Store.Surveys;

/// <summary>Where an outbox row stands. Pending and Drafted are still to do; Sent and Cancelled are final.</summary>
public enum OutboxState
{
    Pending = 1,

    /// <summary>The message exists in the mailbox's Drafts (its id is kept) but was not confirmed sent.</summary>
    Drafted = 2,
    Sent = 3,
    Cancelled = 4,
}
