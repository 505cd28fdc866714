using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Records;

/// <summary>The <c>survey_invitations</c> table: upsert by id, and those created in a window.</summary>
internal static class InvitationRows
{
    private const string Columns =
        "id, subject_kind, subject_id, channel, branch, created_at, sent_at, reminder_sent_at, expires_at, status";

    private const string UpsertSql = $"""
        INSERT INTO survey_invitations ({Columns})
        VALUES (@id, @subject_kind, @subject_id, @channel, @branch, @created_at, @sent_at, @reminder_sent_at,
                @expires_at, @status)
        ON CONFLICT (id) DO UPDATE SET
            subject_kind = excluded.subject_kind, subject_id = excluded.subject_id, channel = excluded.channel,
            branch = excluded.branch, created_at = excluded.created_at, sent_at = excluded.sent_at,
            reminder_sent_at = excluded.reminder_sent_at, expires_at = excluded.expires_at, status = excluded.status;
        """;

    // Enums as member positions and instants with NULL as a number: one provider call per value (see BulkRead).
    private static readonly string ReadColumns = string.Join(", ",
    [
        "id", "subject_id",
        EnumNames<SurveySubjectKind>.PositionSql("subject_kind"), "subject_kind",
        EnumNames<Channel>.PositionSql("channel"), "channel",
        ConfiguredNames<Branch>.PositionSql("branch"), "branch",
        EnumNames<InvitationStatus>.PositionSql("status"), "status",
        "created_at", Instants.OrNoneSql("sent_at"), Instants.OrNoneSql("reminder_sent_at"), "expires_at",
    ]);

    // No ORDER BY: SQLite would copy every row into a temporary B-tree to sort it; sorting the list costs far less.
    private static readonly string WindowSql = $"""
        SELECT {ReadColumns} FROM survey_invitations WHERE created_at >= @start AND created_at < @end;
        """;

    private const string Kind = "Survey invitation";

    public static async Task UpsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyCollection<SurveyInvitation> invitations,
        CancellationToken cancellationToken)
    {
        using var batch = new PreparedBatch(
            connection, transaction, UpsertSql,
            "@id", "@subject_kind", "@subject_id", "@channel", "@branch", "@created_at", "@sent_at", "@reminder_sent_at",
            "@expires_at", "@status");
        var position = 0;
        foreach (var item in invitations)
        {
            var key = RecordKeys.Require(item.Id, Kind, "id", position);
            batch[0] = key;
            batch[1] = EnumNames<SurveySubjectKind>.ToDb(item.SubjectKind, Kind, key);
            batch[2] = RecordKeys.Require(item.SubjectId, Kind, "subject id", position++);
            batch[3] = EnumNames<Channel>.ToDb(item.Channel, Kind, key);
            batch[4] = ConfiguredNames<Branch>.ToDb(item.Branch, Kind, key);
            batch[5] = Instants.ToDb(item.CreatedAt);
            batch[6] = Instants.ToDb(item.SentAt);
            batch[7] = Instants.ToDb(item.ReminderSentAt);
            batch[8] = Instants.ToDb(item.ExpiresAt);
            batch[9] = EnumNames<InvitationStatus>.ToDb(item.Status, Kind, key);
            await batch.RunAsync(cancellationToken);
        }

        await batch.FlushAsync(cancellationToken);
    }

    public static IReadOnlyList<SurveyInvitation> ReadWindow(
        StoreRead connection,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        using var row = connection.Cursor(WindowSql, windowStart, windowEnd);
        var invitations = new List<SurveyInvitation>();
        while (row.Read())
        {
            BulkRead.CheckCancellation(invitations.Count, cancellationToken);
            invitations.Add(new SurveyInvitation
            {
                Id = row.Text(0),
                SubjectId = row.Text(1),
                SubjectKind = EnumNames<SurveySubjectKind>.FromPosition(row, 2, 3, "survey_invitations", 0),
                Channel = EnumNames<Channel>.FromPosition(row, 4, 5, "survey_invitations", 0),
                Branch = ConfiguredNames<Branch>.FromPosition(row, 6, 7, "survey_invitations", 0),
                Status = EnumNames<InvitationStatus>.FromPosition(row, 8, 9, "survey_invitations", 0),
                CreatedAt = row.Instant(10),
                SentAt = row.InstantOrNone(11),
                ReminderSentAt = row.InstantOrNone(12),
                ExpiresAt = row.Instant(13),
            });
        }

        invitations.Sort(static (left, right) => string.CompareOrdinal(left.Id, right.Id));
        return invitations;
    }
}
