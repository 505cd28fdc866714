using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Surveys;

/// <summary>The <c>survey_outbox</c> table as the sender walks it.</summary>
internal static class SurveyOutboxRows
{
    private const string DueSql = """
        SELECT o.message_key, o.invitation_id, o.kind, o.contact_key, o.state, o.draft_id, o.attempts, o.due_at,
               i.expires_at, i.subject_kind, c.email_address,
               EXISTS (SELECT 1 FROM survey_responses AS r WHERE r.invitation_id = o.invitation_id),
               EXISTS (SELECT 1 FROM survey_opt_outs AS x WHERE x.contact_key = o.contact_key),
               coalesce((SELECT b.bounces FROM survey_bounces AS b WHERE b.contact_key = o.contact_key), 0)
        FROM survey_outbox AS o
        JOIN survey_invitations AS i ON i.id = o.invitation_id
        LEFT JOIN survey_contacts AS c ON c.subject_kind = i.subject_kind AND c.subject_id = i.subject_id
        WHERE o.state IN ('Pending', 'Drafted') AND o.due_at <= @now
        ORDER BY o.due_at, o.message_key
        LIMIT @max;
        """;

    public static async Task<IReadOnlyList<OutboxMessage>> ReadDueAsync(DbConnection connection, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        using var command = SurveySql.Command(connection, null, DueSql, ("@now", Instants.ToDb(now)), ("@max", (long)max));
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var due = new List<OutboxMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            due.Add(new OutboxMessage
            {
                MessageKey = key,
                InvitationId = reader.GetString(1),
                Kind = EnumNames<OutboxKind>.Read(reader, 2, "survey_outbox", key),
                ContactKey = reader.GetString(3),
                State = EnumNames<OutboxState>.Read(reader, 4, "survey_outbox", key),
                DraftId = reader.IsDBNull(5) ? null : reader.GetString(5),
                Attempts = reader.GetCount(6),
                DueAt = Instants.Read(reader, 7),
                ExpiresAt = Instants.Read(reader, 8),
                SubjectKind = EnumNames<SurveySubjectKind>.Read(reader, 9, "survey_invitations", key),
                EmailAddress = reader.IsDBNull(10) ? null : reader.GetString(10),
                Answered = reader.GetFlag(11),
                OptedOut = reader.GetFlag(12),
                Bounces = reader.GetCount(13),
            });
        }

        return due;
    }

    public static Task BeginAttemptAsync(DbConnection connection, DbTransaction transaction, string messageKey, CancellationToken cancellationToken) =>
        RequireOneAsync(
            connection, transaction, messageKey, "UPDATE survey_outbox SET attempts = attempts + 1 WHERE message_key = @key;", cancellationToken);

    public static Task MarkDraftedAsync(DbConnection connection, DbTransaction transaction, string messageKey, string draftId, CancellationToken cancellationToken) =>
        RequireOneAsync(
            connection, transaction, messageKey,
            "UPDATE survey_outbox SET state = 'Drafted', draft_id = @value WHERE message_key = @key AND state IN ('Pending', 'Drafted');",
            cancellationToken, draftId);

    public static async Task MarkSentAsync(
        DbConnection connection, DbTransaction transaction, string messageKey, DateTimeOffset at, SentMessageInfo info, CancellationToken cancellationToken)
    {
        var changed = await SurveySql.ExecuteAsync(
            connection, transaction, """
                UPDATE survey_outbox SET state = 'Sent', sent_at = @at, conversation_id = @conversation, internet_message_id = @internet
                WHERE message_key = @key AND state <> 'Sent';
                """,
            cancellationToken,
            ("@key", messageKey), ("@at", Instants.ToDb(at)), ("@conversation", info.ConversationId), ("@internet", info.InternetMessageId));
        if (changed == 0)
        {
            return;
        }

        await SurveySql.ExecuteAsync(
            connection, transaction, """
                UPDATE survey_invitations SET
                    sent_at = CASE WHEN o.kind = 'Initial' THEN coalesce(survey_invitations.sent_at, @at) ELSE survey_invitations.sent_at END,
                    reminder_sent_at = CASE WHEN o.kind = 'Reminder' THEN @at ELSE survey_invitations.reminder_sent_at END,
                    status = CASE WHEN survey_invitations.status = 'Pending' THEN 'Sent' ELSE survey_invitations.status END
                FROM (SELECT invitation_id, kind FROM survey_outbox WHERE message_key = @key) AS o
                WHERE survey_invitations.id = o.invitation_id;
                """,
            cancellationToken,
            ("@key", messageKey), ("@at", Instants.ToDb(at)));
    }

    public static Task CancelAsync(DbConnection connection, DbTransaction transaction, string messageKey, string reason, CancellationToken cancellationToken) =>
        SurveySql.ExecuteAsync(
            connection, transaction,
            "UPDATE survey_outbox SET state = 'Cancelled', cancel_reason = @reason WHERE message_key = @key AND state IN ('Pending', 'Drafted');",
            cancellationToken, ("@key", messageKey), ("@reason", reason));

    public static Task PostponeAsync(DbConnection connection, DbTransaction transaction, string messageKey, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        SurveySql.ExecuteAsync(
            connection, transaction, "UPDATE survey_outbox SET due_at = @due WHERE message_key = @key;",
            cancellationToken, ("@key", messageKey), ("@due", Instants.ToDb(dueAt)));

    public static async Task<int> CountSentSinceAsync(DbConnection connection, DateTimeOffset since, CancellationToken cancellationToken) =>
        (int)await SurveySql.ScalarAsync(
            connection, null, "SELECT count(*) FROM survey_outbox WHERE sent_at >= @since;", cancellationToken, ("@since", Instants.ToDb(since)));

    private static async Task RequireOneAsync(
        DbConnection connection, DbTransaction transaction, string messageKey, string sql, CancellationToken cancellationToken, string? value = null)
    {
        var changed = await SurveySql.ExecuteAsync(connection, transaction, sql, cancellationToken, ("@key", messageKey), ("@value", value));
        if (changed == 0)
        {
            throw new InvalidOperationException(
                $"The survey outbox has no open row '{messageKey}': it was sent or cancelled meanwhile, or the key is wrong; read the due rows again.");
        }
    }
}
