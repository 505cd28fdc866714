using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Records;

/// <summary>The <c>survey_responses</c> table: one answer per invitation, the latest write kept.</summary>
internal static class ResponseRows
{
    private const string Columns =
        "invitation_id, answered_at, overall, ease_of_procedures, courtesy, clarity_of_information, speed, comment, source";

    private const string UpsertSql = $"""
        INSERT INTO survey_responses ({Columns})
        VALUES (@invitation_id, @answered_at, @overall, @ease_of_procedures, @courtesy, @clarity_of_information, @speed,
                @comment, @source)
        ON CONFLICT (invitation_id) DO UPDATE SET
            answered_at = excluded.answered_at, overall = excluded.overall,
            ease_of_procedures = excluded.ease_of_procedures, courtesy = excluded.courtesy,
            clarity_of_information = excluded.clarity_of_information, speed = excluded.speed,
            comment = excluded.comment, source = excluded.source;
        """;

    /// <summary>The columns of an answer as <see cref="Read(IRowCursor, int)"/> takes them; <c>r.</c> names the table.</summary>
    public static readonly string ReadColumns = string.Join(", ",
    [
        "r.invitation_id", "r.answered_at", "r.overall", "r.ease_of_procedures", "r.courtesy", "r.clarity_of_information",
        "r.speed", "r.comment", EnumNames<ResponseSource>.PositionSql("r.source"), "r.source",
    ]);

    // The answers to invitations created in the window, and any answer given in it (to an older invitation too).
    // One walk over the answers in key order, each checked against its invitation by primary key: a UNION of two
    // index reads would sort and de-duplicate every row in a temporary B-tree, which took seconds.
    private static readonly string WindowSql = $"""
        SELECT {ReadColumns} FROM survey_responses AS r
        WHERE (r.answered_at >= @start AND r.answered_at < @end)
           OR EXISTS (SELECT 1 FROM survey_invitations AS i
                      WHERE i.id = r.invitation_id AND i.created_at >= @start AND i.created_at < @end)
        ORDER BY r.invitation_id;
        """;

    private const string Kind = "Survey response";

    public static async Task UpsertAsync(
        StoreDialect dialect,
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyCollection<SurveyResponse> responses,
        CancellationToken cancellationToken)
    {
        using var batch = new PreparedBatch(
            connection, transaction, UpsertSql,
            "@invitation_id", "@answered_at", "@overall", "@ease_of_procedures", "@courtesy", "@clarity_of_information",
            "@speed", "@comment", "@source");
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
            catch (DbException error) when (dialect.IsForeignKeyViolation(error))
            {
                throw new InvalidOperationException(
                    $"Survey response to invitation '{key}' names an invitation the store does not hold: "
                    + "store the invitation first (SaveAsync writes invitations before responses).",
                    error);
            }
        }

        try
        {
            await batch.FlushAsync(cancellationToken);
        }
        catch (DbException error) when (dialect.IsForeignKeyViolation(error))
        {
            // Sent in a batch of rows: the server's message names the invitation.
            throw new InvalidOperationException(
                $"A survey response names an invitation the store does not hold ({dialect.Describe(error)}): "
                + "store the invitation first (SaveAsync writes invitations before responses).",
                error);
        }
    }

    public static IReadOnlyList<SurveyResponse> ReadWindow(
        StoreRead connection,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        using var row = connection.Cursor(WindowSql, windowStart, windowEnd);
        var responses = new List<SurveyResponse>();
        while (row.Read())
        {
            BulkRead.CheckCancellation(responses.Count, cancellationToken);
            responses.Add(Read(row, 0));
        }

        return responses;
    }

    /// <summary>The answer in the <see cref="ReadColumns"/> that start at <paramref name="first"/>.</summary>
    public static SurveyResponse Read(IRowCursor row, int first) => new()
    {
        InvitationId = row.Text(first),
        AnsweredAt = row.Instant(first + 1),
        Overall = row.Int32(first + 2),
        EaseOfProcedures = row.NullableInt32(first + 3),
        Courtesy = row.NullableInt32(first + 4),
        ClarityOfInformation = row.NullableInt32(first + 5),
        Speed = row.NullableInt32(first + 6),
        Comment = row.NullableText(first + 7),
        Source = EnumNames<ResponseSource>.FromPosition(row, first + 8, first + 9, "survey_responses", first),
    };

    private static object Score(int? score) => score is { } value ? (long)value : DBNull.Value;
}
