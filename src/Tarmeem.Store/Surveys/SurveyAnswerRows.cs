using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Surveys;

/// <summary>Tokens, answers, opt-outs, bounces and replies: what comes back from beneficiaries.</summary>
internal static class SurveyAnswerRows
{
    private const string ContactOfInvitation =
        "(SELECT contact_key FROM survey_outbox WHERE invitation_id = @invitation AND kind = 'Initial')";

    public static Task AddTokenAsync(DbConnection connection, DbTransaction transaction, string tokenHash, string invitationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        SurveySql.ExecuteAsync(
            connection, transaction,
            "INSERT INTO survey_tokens (token_hash, invitation_id, created_at) VALUES (@hash, @invitation, @at) ON CONFLICT (token_hash) DO NOTHING;",
            cancellationToken, ("@hash", tokenHash), ("@invitation", invitationId), ("@at", Instants.ToDb(at)));

    public static Task ExtendExpiryAsync(DbConnection connection, DbTransaction transaction, string invitationId, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        SurveySql.ExecuteAsync(
            connection, transaction,
            "UPDATE survey_invitations SET expires_at = CASE WHEN expires_at > @expires THEN expires_at ELSE @expires END WHERE id = @invitation;",
            cancellationToken, ("@invitation", invitationId), ("@expires", Instants.ToDb(expiresAt)));

    /// <summary>The invitation a link token opens, with whether it was answered and whether its person opted out.</summary>
    public const string FindByTokenHashSql = """
        SELECT i.id, i.status, i.expires_at,
               EXISTS (SELECT 1 FROM survey_responses AS r WHERE r.invitation_id = i.id),
               EXISTS (SELECT 1 FROM survey_opt_outs AS x JOIN survey_outbox AS o ON o.contact_key = x.contact_key
                       WHERE o.invitation_id = i.id AND o.kind = 'Initial')
        FROM survey_tokens AS t JOIN survey_invitations AS i ON i.id = t.invitation_id
        WHERE t.token_hash = @hash;
        """;

    /// <summary>Reads the row of <see cref="FindByTokenHashSql"/>; null when the token is unknown.</summary>
    public static SurveyTokenMatch? ReadTokenMatch(DbDataReader reader)
    {
        if (!reader.Read())
        {
            return null;
        }

        var id = reader.GetString(0);
        return new SurveyTokenMatch(
            id, EnumNames<InvitationStatus>.Read(reader, 1, "survey_invitations", id), Instants.Read(reader, 2), reader.GetFlag(3), reader.GetFlag(4));
    }

    public static bool TryRecordResponse(DbConnection connection, DbTransaction transaction, SurveyResponse response)
    {
        using var writer = new ResponseWriter(connection);
        return writer.TryRecord(transaction, response);
    }

    public static async Task OptOutAsync(DbConnection connection, DbTransaction transaction, string invitationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await SurveySql.ExecuteAsync(
            connection, transaction, $"""
                INSERT INTO survey_opt_outs (contact_key, opted_out_at)
                SELECT {ContactOfInvitation}, @at WHERE {ContactOfInvitation} IS NOT NULL
                ON CONFLICT (contact_key) DO NOTHING;
                UPDATE survey_invitations SET status = 'OptedOut' WHERE id = @invitation AND status IN ('Pending', 'Sent');
                UPDATE survey_outbox SET state = 'Cancelled', cancel_reason = 'OptedOut'
                WHERE contact_key = {ContactOfInvitation} AND state = 'Pending' AND attempts = 0;
                """,
            cancellationToken, ("@invitation", invitationId), ("@at", Instants.ToDb(at)));
    }

    public static async Task<int> RecordBounceAsync(DbConnection connection, DbTransaction transaction, string invitationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await SurveySql.ExecuteAsync(
            connection, transaction, $"""
                INSERT INTO survey_bounces (contact_key, bounces, last_bounce_at)
                SELECT {ContactOfInvitation}, 1, @at WHERE {ContactOfInvitation} IS NOT NULL
                ON CONFLICT (contact_key) DO UPDATE SET bounces = survey_bounces.bounces + 1, last_bounce_at = excluded.last_bounce_at;
                UPDATE survey_invitations SET status = 'Bounced' WHERE id = @invitation AND status IN ('Pending', 'Sent');
                """,
            cancellationToken, ("@invitation", invitationId), ("@at", Instants.ToDb(at)));
        return (int)await SurveySql.ScalarAsync(
            connection, transaction, $"SELECT coalesce((SELECT bounces FROM survey_bounces WHERE contact_key = {ContactOfInvitation}), 0);",
            cancellationToken, ("@invitation", invitationId));
    }

    public static Task<string?> FindInvitationByConversationAsync(DbConnection connection, string conversationId, CancellationToken cancellationToken) =>
        SurveySql.TextAsync(
            connection, null, "SELECT invitation_id FROM survey_outbox WHERE conversation_id = @conversation ORDER BY created_at LIMIT 1;",
            cancellationToken, ("@conversation", conversationId));

    public static async Task<bool> InvitationExistsAsync(DbConnection connection, string invitationId, CancellationToken cancellationToken) =>
        await SurveySql.ScalarAsync(
            connection, null, "SELECT count(*) FROM survey_invitations WHERE id = @id;", cancellationToken, ("@id", invitationId)) > 0;

    public static async Task<ReplyApplied> ApplyReplyAsync(DbConnection connection, DbTransaction transaction, ReplyRecord reply, CancellationToken cancellationToken)
    {
        var fresh = await SurveySql.ExecuteAsync(
            connection, transaction, """
                INSERT INTO survey_replies (message_id, invitation_id, outcome, seen_at) VALUES (@message, @invitation, @outcome, @at)
                ON CONFLICT (message_id) DO NOTHING;
                """,
            cancellationToken, ("@message", reply.MessageId), ("@invitation", reply.InvitationId), ("@outcome", reply.Outcome), ("@at", Instants.ToDb(reply.At))) > 0;
        if (!fresh)
        {
            return new ReplyApplied(AlreadySeen: true, ResponseRecorded: false, Bounces: 0);
        }

        var recorded = reply.Response is { } response && TryRecordResponse(connection, transaction, response);
        var bounces = reply.Bounce && reply.InvitationId is { } invitation
            ? await RecordBounceAsync(connection, transaction, invitation, reply.At, cancellationToken)
            : 0;
        return new ReplyApplied(AlreadySeen: false, recorded, bounces);
    }
}
