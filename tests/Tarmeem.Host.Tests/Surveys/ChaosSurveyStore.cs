using Tarmeem.Core.Domain;
using Tarmeem.Store.Surveys;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>The real survey store with crash points around the writes the sender makes.</summary>
internal sealed class ChaosSurveyStore(ISurveyStore inner, Chaos chaos) : ISurveyStore
{
    public Task BeginAttemptAsync(string messageKey, CancellationToken cancellationToken) =>
        chaos.AroundAsync("begin attempt", () => inner.BeginAttemptAsync(messageKey, cancellationToken));

    public Task AddTokenAsync(string tokenHash, string invitationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        chaos.AroundAsync("add token", () => inner.AddTokenAsync(tokenHash, invitationId, at, cancellationToken));

    public Task ExtendExpiryAsync(string invitationId, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        chaos.AroundAsync("extend expiry", () => inner.ExtendExpiryAsync(invitationId, expiresAt, cancellationToken));

    public Task MarkDraftedAsync(string messageKey, string draftId, CancellationToken cancellationToken) =>
        chaos.AroundAsync("mark drafted", () => inner.MarkDraftedAsync(messageKey, draftId, cancellationToken));

    public Task MarkSentAsync(string messageKey, DateTimeOffset at, SentMessageInfo info, CancellationToken cancellationToken) =>
        chaos.AroundAsync("mark sent", () => inner.MarkSentAsync(messageKey, at, info, cancellationToken));

    public Task PostponeAsync(string messageKey, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        chaos.AroundAsync("postpone", () => inner.PostponeAsync(messageKey, dueAt, cancellationToken));

    public Task<IReadOnlyList<OutboxMessage>> ReadDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        chaos.AroundAsync("read due", () => inner.ReadDueAsync(now, max, cancellationToken));

    public Task UpsertContactsAsync(IReadOnlyCollection<SurveyContact> contacts, DateTimeOffset at, CancellationToken cancellationToken) => inner.UpsertContactsAsync(contacts, at, cancellationToken);

    public Task<IReadOnlyDictionary<string, SurveyContact>> ReadContactsAsync(CancellationToken cancellationToken) => inner.ReadContactsAsync(cancellationToken);

    public Task<SurveyHistory> ReadHistoryAsync(CancellationToken cancellationToken) => inner.ReadHistoryAsync(cancellationToken);

    public Task<int> CommitPlanAsync(IReadOnlyCollection<PlannedMessage> planned, DateTimeOffset at, CancellationToken cancellationToken) => inner.CommitPlanAsync(planned, at, cancellationToken);

    public Task<IReadOnlyList<ReminderCandidate>> ReadReminderCandidatesAsync(DateTimeOffset now, CancellationToken cancellationToken) => inner.ReadReminderCandidatesAsync(now, cancellationToken);

    public Task CancelAsync(string messageKey, string reason, CancellationToken cancellationToken) => inner.CancelAsync(messageKey, reason, cancellationToken);

    public Task<int> CountSentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => inner.CountSentSinceAsync(since, cancellationToken);

    public Task<SurveyTokenMatch?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) => inner.FindByTokenHashAsync(tokenHash, cancellationToken);

    public Task<bool> TryRecordResponseAsync(SurveyResponse response, CancellationToken cancellationToken) => inner.TryRecordResponseAsync(response, cancellationToken);

    public Task OptOutAsync(string invitationId, DateTimeOffset at, CancellationToken cancellationToken) => inner.OptOutAsync(invitationId, at, cancellationToken);

    public Task<int> RecordBounceAsync(string invitationId, DateTimeOffset at, CancellationToken cancellationToken) => inner.RecordBounceAsync(invitationId, at, cancellationToken);

    public Task<string?> FindInvitationByConversationAsync(string conversationId, CancellationToken cancellationToken) => inner.FindInvitationByConversationAsync(conversationId, cancellationToken);

    public Task<bool> InvitationExistsAsync(string invitationId, CancellationToken cancellationToken) => inner.InvitationExistsAsync(invitationId, cancellationToken);

    public Task<ReplyApplied> ApplyReplyAsync(ReplyRecord reply, CancellationToken cancellationToken) => inner.ApplyReplyAsync(reply, cancellationToken);

    public Task<SurveyStatusCounts> CountStatusAsync(CancellationToken cancellationToken) => inner.CountStatusAsync(cancellationToken);
}
