using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Sync;

/// <summary>
/// One page of a mailbox folder's message delta. Incoming messages (inbox) make their conversation an inquiry;
/// sent ones give its first response. Removed messages are ignored: an inquiry that was received stays received.
/// </summary>
public sealed record MailSyncPage
{
    /// <summary>E.g. <c>mailbox:inbox</c>.</summary>
    public required string Source { get; init; }

    public required MailFolderRole Role { get; init; }

    public required long Round { get; init; }

    public required bool FullRound { get; init; }

    public required IReadOnlyList<MailMessageTiming> Messages { get; init; }

    /// <summary>
    /// Messages that cannot be taken in (no conversation id, no time): quarantined with their reason under
    /// <see cref="Source"/> and the message id, so that every report counts them until they read cleanly.
    /// </summary>
    public IReadOnlyList<QuarantinedRecord> Unreadable { get; init; } = [];

    public required string Link { get; init; }

    /// <summary>What an inquiry made from this mailbox is recorded with.</summary>
    public required Channel Channel { get; init; }

    public required Branch Branch { get; init; }

    public required DateTimeOffset SeenAt { get; init; }
}
