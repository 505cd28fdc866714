using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Surveys;

/// <summary>
/// The survey tables (schema version 3) in the same <c>tarmeem.db</c> as the records, so that an invitation and its
/// outbox row commit together. Built on an opened <see cref="SqlServiceRecordStore"/>, which migrated the schema.
/// </summary>
public sealed class SqlSurveyStore : ISurveyStore, IAsyncDisposable
{
    private readonly StoreDialect dialect;
    private readonly Lazy<ResponseCommitQueue> responses;
    private readonly PreparedReadPool tokens;

    public SqlSurveyStore(SqlServiceRecordStore records)
    {
        ArgumentNullException.ThrowIfNull(records);
        dialect = records.Dialect;
        responses = new Lazy<ResponseCommitQueue>(() => new ResponseCommitQueue(dialect));
        // Link-token lookups run once per survey page request.
        tokens = new PreparedReadPool(ct => dialect.OpenAsync(ConnectionPurpose.Light, ct), SurveyAnswerRows.FindByTokenHashSql, "@hash");
    }

    public Task UpsertContactsAsync(IReadOnlyCollection<SurveyContact> contacts, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        return WriteAsync((c, t) => SurveyPlanRows.UpsertContactsAsync(c, t, contacts, at, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, SurveyContact>> ReadContactsAsync(CancellationToken cancellationToken) =>
        ReadAsync(c => SurveyPlanRows.ReadContactsAsync(c, cancellationToken), cancellationToken);

    public async Task<SurveyHistory> ReadHistoryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        using var transaction = dialect.BeginSnapshot(connection);
        return await SurveyPlanRows.ReadHistoryAsync(connection, transaction, cancellationToken);
    }

    public Task<int> CommitPlanAsync(IReadOnlyCollection<PlannedMessage> planned, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planned);
        // Two planners at once would each find a subject uninvited and each invite it: the second waits for the first.
        return WriteAsync(
            async (c, t) =>
            {
                await dialect.SerializeAsync(c, t, "survey-plan", cancellationToken);
                return await SurveyPlanRows.CommitPlanAsync(c, t, planned, at, cancellationToken);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<ReminderCandidate>> ReadReminderCandidatesAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ReadAsync(c => SurveyPlanRows.ReadReminderCandidatesAsync(c, now, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ReadDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        ReadAsync(c => SurveyOutboxRows.ReadDueAsync(c, now, max, cancellationToken), cancellationToken);

    public Task BeginAttemptAsync(string messageKey, CancellationToken cancellationToken) =>
        WriteAsync((c, t) => SurveyOutboxRows.BeginAttemptAsync(c, t, messageKey, cancellationToken), cancellationToken);

    public Task AddTokenAsync(string tokenHash, string invitationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync((c, t) => SurveyAnswerRows.AddTokenAsync(c, t, tokenHash, invitationId, at, cancellationToken), cancellationToken);

    public Task ExtendExpiryAsync(string invitationId, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        WriteAsync((c, t) => SurveyAnswerRows.ExtendExpiryAsync(c, t, invitationId, expiresAt, cancellationToken), cancellationToken);

    public Task MarkDraftedAsync(string messageKey, string draftId, CancellationToken cancellationToken) =>
        WriteAsync((c, t) => SurveyOutboxRows.MarkDraftedAsync(c, t, messageKey, draftId, cancellationToken), cancellationToken);

    public Task MarkSentAsync(string messageKey, DateTimeOffset at, SentMessageInfo info, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        return WriteAsync((c, t) => SurveyOutboxRows.MarkSentAsync(c, t, messageKey, at, info, cancellationToken), cancellationToken);
    }

    public Task CancelAsync(string messageKey, string reason, CancellationToken cancellationToken) =>
        WriteAsync((c, t) => SurveyOutboxRows.CancelAsync(c, t, messageKey, reason, cancellationToken), cancellationToken);

    public Task PostponeAsync(string messageKey, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        WriteAsync((c, t) => SurveyOutboxRows.PostponeAsync(c, t, messageKey, dueAt, cancellationToken), cancellationToken);

    public Task<int> CountSentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        ReadAsync(c => SurveyOutboxRows.CountSentSinceAsync(c, since, cancellationToken), cancellationToken);

    public Task<SurveyTokenMatch?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        tokens.ReadAsync(tokenHash, SurveyAnswerRows.ReadTokenMatch, cancellationToken);

    public Task<bool> TryRecordResponseAsync(SurveyResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return responses.Value.RecordAsync(response, cancellationToken);
    }

    public Task OptOutAsync(string invitationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync((c, t) => SurveyAnswerRows.OptOutAsync(c, t, invitationId, at, cancellationToken), cancellationToken);

    public Task<int> RecordBounceAsync(string invitationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync((c, t) => SurveyAnswerRows.RecordBounceAsync(c, t, invitationId, at, cancellationToken), cancellationToken);

    public Task<string?> FindInvitationByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        ReadAsync(c => SurveyAnswerRows.FindInvitationByConversationAsync(c, conversationId, cancellationToken), cancellationToken);

    public Task<bool> InvitationExistsAsync(string invitationId, CancellationToken cancellationToken) =>
        ReadAsync(c => SurveyAnswerRows.InvitationExistsAsync(c, invitationId, cancellationToken), cancellationToken);

    public Task<ReplyApplied> ApplyReplyAsync(ReplyRecord reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return WriteAsync((c, t) => SurveyAnswerRows.ApplyReplyAsync(c, t, reply, cancellationToken), cancellationToken);
    }

    public Task<SurveyStatusCounts> CountStatusAsync(CancellationToken cancellationToken) =>
        ReadAsync(c => SurveyStatusRows.CountAsync(c, cancellationToken), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (responses.IsValueCreated)
        {
            await responses.Value.DisposeAsync();
        }

        tokens.Dispose();

        dialect.ClearPools();
    }

    private async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await read(connection);
    }

    private async Task WriteAsync(Func<DbConnection, DbTransaction, Task> write, CancellationToken cancellationToken) =>
        await WriteAsync<bool>(
            async (c, t) =>
            {
                await write(c, t);
                return true;
            },
            cancellationToken);

    private async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        using var transaction = dialect.BeginWrite(connection);
        var result = await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
}
