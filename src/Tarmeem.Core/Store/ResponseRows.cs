using Microsoft.Data.Sqlite;
using Tarmeem.Core.Domain;

namespace Tarmeem.Core.Store;

/// <summary>The <c>survey_responses</c> table: one answer per invitation, the latest write kept.</summary>
internal static class ResponseRows
{
    private const string Columns =
        "invitation_id, answered_at, overall, ease_of_procedures, courtesy, clarity_of_information, speed, comment, source";

    private const string UpsertSql = $"""
        INSERT INTO survey_responses ({Columns})
        VALUES ($invitation_id, $answered_at, $overall, $ease_of_procedures, $courtesy, $clarity_of_information, $speed,
                $comment, $source)
        ON CONFLICT (invitation_id) DO UPDATE SET
            answered_at = excluded.answered_at, overall = excluded.overall,
            ease_of_procedures = excluded.ease_of_procedures, courtesy = excluded.courtesy,
            clarity_of_information = excluded.clarity_of_information, speed = excluded.speed,
            comment = excluded.comment, source = excluded.source;
        """;

    private static readonly string ReadColumns = string.Join(", ",
    [
        "invitation_id", "answered_at", "overall", "ease_of_procedures", "courtesy", "clarity_of_information", "speed",
        "comment", EnumNames<ResponseSource>.PositionSql("source"), "source",
    ]);

    // The answers to invitations created in the window, and any answer given in it (to an older invitation too).
    // One walk over the answers in key order, each checked against its invitation by primary key: a UNION of two
    // index reads would sort and de-duplicate every row in a temporary B-tree, which took seconds.
    private static readonly string WindowSql = $"""
        SELECT {ReadColumns} FROM survey_responses AS r
        WHERE (r.answered_at >= $start AND r.answered_at < $end)
           OR EXISTS (SELECT 1 FROM survey_invitations AS i
                      WHERE i.id = r.invitation_id AND i.created_at >= $start AND i.created_at < $end)
        ORDER BY r.invitation_id;
        """;

    private const string Kind = "Survey response";

    /// <summary>SQLITE_CONSTRAINT_FOREIGNKEY: the extended code SQLite gives a row whose parent is missing.</summary>
    private const int ForeignKeyViolation = 787;

    public static async Task UpsertAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IReadOnlyCollection<SurveyResponse> responses,
        CancellationToken cancellationToken)
    {
        using var batch = new PreparedBatch(
            connection, transaction, UpsertSql,
            "$invitation_id", "$answered_at", "$overall", "$ease_of_procedures", "$courtesy", "$clarity_of_information",
            "$speed", "$comment", "$source");
        var position = 0;
        foreach (var item in responses)
        {
            var key = RecordKeys.Require(item.InvitationId, Kind, "invitation id", position++);
            batch[0] = key;
            batch[1] = Instants.ToDb(item.AnsweredAt);
            batch[2] = (long)item.Overall;
            batch[3] = Score(item.EaseOfProcedures);
            batch[4] = Score(item.Courtesy);
            batch[5] = Score(item.ClarityOfInformation);
            batch[6] = Score(item.Speed);
            batch[7] = (object?)item.Comment ?? DBNull.Value;
            batch[8] = EnumNames<ResponseSource>.ToDb(item.Source, Kind, key);
            try
            {
                await batch.RunAsync(cancellationToken);
            }
            catch (SqliteException error) when (error.SqliteExtendedErrorCode == ForeignKeyViolation)
            {
                throw new InvalidOperationException(
                    $"Survey response to invitation '{key}' names an invitation the store does not hold: "
                    + "store the invitation first (SaveAsync writes invitations before responses).",
                    error);
            }
        }
    }

    public static IReadOnlyList<SurveyResponse> ReadWindow(
        SqliteConnection connection,
        SqliteTransaction transaction,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        using var command = Window.Command(connection, transaction, WindowSql, windowStart, windowEnd);
        using var reader = command.ExecuteReader();
        var responses = new List<SurveyResponse>();
        while (reader.Read())
        {
            BulkRead.CheckCancellation(responses.Count, cancellationToken);
            var key = reader.GetString(0);
            responses.Add(new SurveyResponse
            {
                InvitationId = key,
                AnsweredAt = Instants.Read(reader, 1),
                Overall = reader.GetInt32(2),
                EaseOfProcedures = ReadScore(reader, 3),
                Courtesy = ReadScore(reader, 4),
                ClarityOfInformation = ReadScore(reader, 5),
                Speed = ReadScore(reader, 6),
                Comment = reader.IsDBNull(7) ? null : reader.GetString(7),
                Source = EnumNames<ResponseSource>.FromPosition(reader, 8, 9, "survey_responses", 0),
            });
        }

        return responses;
    }

    private static object Score(int? score) => score is { } value ? (long)value : DBNull.Value;

    public static int? ReadScore(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}
