using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Records;

/// <summary>
/// Invitations created in a window joined to their answers, read as <see cref="SurveyOutcome"/>s in id order: an
/// unanswered invitation costs two numbers, not a row of strings. The primary key of <c>survey_responses</c> holds one
/// answer per invitation, so the join is the latest answer. Answers to invitations created before the window count in
/// no report. A report's window is long, so this is a <see cref="WindowPlan.Scan"/>.
/// </summary>
internal static class SurveyOutcomeRows
{
    private const int Answer = 5;

    private static readonly string ReadColumns = string.Join(", ",
    [
        "i.id", EnumNames<Channel>.PositionSql("i.channel"), "i.channel", Instants.OrNoneSql("i.sent_at"),
        $"CASE WHEN i.subject_kind = '{nameof(SurveySubjectKind.Case)}' THEN i.subject_id END",
        ResponseRows.ReadColumns,
    ]);

    // Walking the invitations in key order ("+" keeps SQLite off the time index) makes the answers' lookups walk their
    // table in the same order: 0.8 s. Driven by the time index, both jump around the file: 5 s.
    private static readonly string HintedWindowSql = WindowSql("+");

    private static readonly string PlannedWindowSql = WindowSql("");

    // Counted first (from the time index alone) so the list is allocated once: grown by doubling, the copies of half a
    // million outcomes would add some 70 MB of garbage to the report's peak.
    private const string CountSql = """
        SELECT count(*) FROM survey_invitations WHERE created_at >= @start AND created_at < @end;
        """;

    public static IReadOnlyList<SurveyOutcome> ReadWindow(
        StoreRead connection,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        var surveys = new List<SurveyOutcome>(Count(connection, windowStart, windowEnd));
        using var row = connection.Cursor(connection.WalksOnlyWhenHinted ? HintedWindowSql : PlannedWindowSql, windowStart, windowEnd);
        while (row.Read())
        {
            BulkRead.CheckCancellation(surveys.Count, cancellationToken);
            var channel = EnumNames<Channel>.FromPosition(row, 1, 2, "survey_invitations", 0);
            var sentAt = row.InstantOrNone(3);
            surveys.Add(row.IsNull(Answer)
                ? new SurveyOutcome { Channel = channel, SentAt = sentAt }
                : new SurveyOutcome { Channel = channel, SentAt = sentAt, Answer = ResponseRows.Read(row, Answer), AnsweredCase = row.NullableText(4) });
        }

        return surveys;
    }

    private static string WindowSql(string noIndex) => $"""
        SELECT {ReadColumns}
        FROM survey_invitations AS i LEFT JOIN survey_responses AS r ON r.invitation_id = i.id
        WHERE {noIndex}i.created_at >= @start AND {noIndex}i.created_at < @end
        ORDER BY i.id;
        """;

    private static int Count(StoreRead connection, DateTimeOffset windowStart, DateTimeOffset windowEnd)
    {
        using var row = connection.Cursor(CountSql, windowStart, windowEnd);
        return row.Read() ? row.Int32(0) : 0;
    }
}
