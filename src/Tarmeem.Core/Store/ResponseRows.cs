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

    // The answers to invitations created in the window, and any answer given in it (to an older invitation too).
    private const string WindowSql = $"""
        SELECT {Columns} FROM survey_responses
        WHERE invitation_id IN (SELECT id FROM survey_invitations WHERE created_at >= $start AND created_at < $end)
        UNION
        SELECT {Columns} FROM survey_responses WHERE answered_at >= $start AND answered_at < $end
        ORDER BY invitation_id;
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

    public static async Task<IReadOnlyList<SurveyResponse>> ReadWindowAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        using var command = Window.Command(connection, transaction, WindowSql, windowStart, windowEnd);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var responses = new List<SurveyResponse>();
        while (await reader.ReadAsync(cancellationToken))
        {
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
                Source = EnumNames<ResponseSource>.Read(reader, 8, "survey_responses", key),
            });
        }

        return responses;
    }

    private static object Score(int? score) => score is { } value ? (long)value : DBNull.Value;

    private static int? ReadScore(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}
