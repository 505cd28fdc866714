using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Surveys;

/// <summary>
/// The survey side of the store: contacts, the outbox (decisions stored before any message goes out), link tokens
/// (hashes only), answers, opt-outs, bounces and replies already judged. Each call is one transaction.
/// </summary>
public interface ISurveyStore
{
    /// <summary>Adds or replaces where each subject's survey goes (the last write wins).</summary>
    Task UpsertContactsAsync(IReadOnlyCollection<SurveyContact> contacts, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The contacts of the given subjects (keyed by <see cref="SurveyHistory.SubjectKey"/>).</summary>
    Task<IReadOnlyDictionary<string, SurveyContact>> ReadContactsAsync(CancellationToken cancellationToken);

    Task<SurveyHistory> ReadHistoryAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores decisions: new invitations with their outbox rows, and reminder rows. A subject that already has an
    /// invitation, or an invitation that already has a row of that kind, is skipped: deciding twice sends once.
    /// Returns how many rows were added.
    /// </summary>
    Task<int> CommitPlanAsync(IReadOnlyCollection<PlannedMessage> planned, DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReminderCandidate>> ReadReminderCandidatesAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Pending and drafted rows due at <paramref name="now"/>, oldest due first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ReadDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Counts an attempt on a row before any Graph call for it.</summary>
    Task BeginAttemptAsync(string messageKey, CancellationToken cancellationToken);

    Task AddTokenAsync(string tokenHash, string invitationId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the invitation's links open until at least <paramref name="expiresAt"/> (never shortens them): links
    /// count from when the message is composed and sent, not from when it was planned.
    /// </summary>
    Task ExtendExpiryAsync(string invitationId, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task MarkDraftedAsync(string messageKey, string draftId, CancellationToken cancellationToken);

    /// <summary>Marks a row sent and its invitation sent (or reminded).</summary>
    Task MarkSentAsync(string messageKey, DateTimeOffset at, SentMessageInfo info, CancellationToken cancellationToken);

    Task CancelAsync(string messageKey, string reason, CancellationToken cancellationToken);

    /// <summary>Moves a row's next try to <paramref name="dueAt"/> (after an ambiguous failure).</summary>
    Task PostponeAsync(string messageKey, DateTimeOffset dueAt, CancellationToken cancellationToken);

    Task<int> CountSentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    Task<SurveyTokenMatch?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Records the first answer to an invitation; false when it already had one (which is kept).</summary>
    Task<bool> TryRecordResponseAsync(SurveyResponse response, CancellationToken cancellationToken);

    /// <summary>Stops every further survey to the invitation's contact and cancels what was not sent yet.</summary>
    Task OptOutAsync(string invitationId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Counts a bounce for the invitation's contact; returns that contact's bounces so far.</summary>
    Task<int> RecordBounceAsync(string invitationId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The invitation whose sent message started this conversation, or null.</summary>
    Task<string?> FindInvitationByConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task<bool> InvitationExistsAsync(string invitationId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies one judged inbox message in one transaction: remembers it, records its answer or counts its bounce.
    /// A message judged before changes nothing, so re-reading the inbox counts nothing twice.
    /// </summary>
    Task<ReplyApplied> ApplyReplyAsync(ReplyRecord reply, CancellationToken cancellationToken);

    Task<SurveyStatusCounts> CountStatusAsync(CancellationToken cancellationToken);
}
