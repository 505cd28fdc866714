using Microsoft.Data.Sqlite;
using Tarmeem.Core.Domain;

namespace Tarmeem.Core.Store;

/// <summary>The <c>survey_invitations</c> table: upsert by id, and those created in a window.</summary>
internal static class InvitationRows
{
    private const string Columns =
        "id, subject_kind, subject_id, channel, branch, created_at, sent_at, reminder_sent_at, expires_at, status";

    private const string UpsertSql = $"""
        INSERT INTO survey_invitations ({Columns})
        VALUES ($id, $subject_kind, $subject_id, $channel, $branch, $created_at, $sent_at, $reminder_sent_at,
                $expires_at, $status)
        ON CONFLICT (id) DO UPDATE SET
            subject_kind = excluded.subject_kind, subject_id = excluded.subject_id, channel = excluded.channel,
            branch = excluded.branch, created_at = excluded.created_at, sent_at = excluded.sent_at,
            reminder_sent_at = excluded.reminder_sent_at, expires_at = excluded.expires_at, status = excluded.status;
        """;

    private const string WindowSql = $"""
        SELECT {Columns} FROM survey_invitations WHERE created_at >= $start AND created_at < $end ORDER BY id;
        """;

    private const string Kind = "Survey invitation";

    public static async Task UpsertAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IReadOnlyCollection<SurveyInvitation> invitations,
        CancellationToken cancellationToken)
    {
        using var batch = new PreparedBatch(
            connection, transaction, UpsertSql,
            "$id", "$subject_kind", "$subject_id", "$channel", "$branch", "$created_at", "$sent_at", "$reminder_sent_at",
            "$expires_at", "$status");
        var position = 0;
        foreach (var item in invitations)
        {
            var key = RecordKeys.Require(item.Id, Kind, "id", position);
            batch[0] = key;
            batch[1] = EnumNames<SurveySubjectKind>.ToDb(item.SubjectKind, Kind, key);
            batch[2] = RecordKeys.Require(item.SubjectId, Kind, "subject id", position++);
            batch[3] = EnumNames<Channel>.ToDb(item.Channel, Kind, key);
            batch[4] = EnumNames<Branch>.ToDb(item.Branch, Kind, key);
            batch[5] = Instants.ToDb(item.CreatedAt);
            batch[6] = Instants.ToDb(item.SentAt);
            batch[7] = Instants.ToDb(item.ReminderSentAt);
            batch[8] = Instants.ToDb(item.ExpiresAt);
            batch[9] = EnumNames<InvitationStatus>.ToDb(item.Status, Kind, key);
            await batch.RunAsync(cancellationToken);
        }
    }

    public static async Task<IReadOnlyList<SurveyInvitation>> ReadWindowAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        using var command = Window.Command(connection, transaction, WindowSql, windowStart, windowEnd);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var invitations = new List<SurveyInvitation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            invitations.Add(new SurveyInvitation
            {
                Id = key,
                SubjectKind = EnumNames<SurveySubjectKind>.Read(reader, 1, "survey_invitations", key),
                SubjectId = reader.GetString(2),
                Channel = EnumNames<Channel>.Read(reader, 3, "survey_invitations", key),
                Branch = EnumNames<Branch>.Read(reader, 4, "survey_invitations", key),
                CreatedAt = Instants.Read(reader, 5),
                SentAt = Instants.ReadNullable(reader, 6),
                ReminderSentAt = Instants.ReadNullable(reader, 7),
                ExpiresAt = Instants.Read(reader, 8),
                Status = EnumNames<InvitationStatus>.Read(reader, 9, "survey_invitations", key),
            });
        }

        return invitations;
    }
}
