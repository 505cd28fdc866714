using Microsoft.Data.Sqlite;
using Tarmeem.Core.Domain;

namespace Tarmeem.Core.Store;

/// <summary>
/// Invitations created in a window joined to their answers, read as <see cref="SurveyOutcome"/>s in id order: an
/// unanswered invitation costs two numbers, not a row of strings. The primary key of <c>survey_responses</c> holds one
/// answer per invitation, so the join is the latest answer. Answers to invitations created before the window count in
/// no report. A report's window is long, so this is a <see cref="WindowPlan.Scan"/>.
/// </summary>
internal static class SurveyOutcomeRows
{
    private const int AnswerKey = 3;

    private static readonly string ReadColumns = string.Join(", ",
    [
        EnumNames<Channel>.PositionSql("i.channel"), "i.channel", Instants.OrNoneSql("i.sent_at"),
        "r.invitation_id", "r.answered_at", "r.overall", "r.ease_of_procedures", "r.courtesy", "r.clarity_of_information",
        "r.speed", "r.comment", EnumNames<ResponseSource>.PositionSql("r.source"), "r.source",
        $"CASE WHEN i.subject_kind = '{nameof(SurveySubjectKind.Case)}' THEN i.subject_id END", "i.id",
    ]);

    // Walking the invitations in key order ("+" keeps SQLite off the time index) makes the answers' lookups walk their
    // table in the same order: 0.8 s. Driven by the time index, both jump around the file: 5 s.
    private static readonly string WindowSql = $"""
        SELECT {ReadColumns}
        FROM survey_invitations AS i LEFT JOIN survey_responses AS r ON r.invitation_id = i.id
        WHERE +i.created_at >= $start AND +i.created_at < $end
        ORDER BY i.id;
        """;

    public static IReadOnlyList<SurveyOutcome> ReadWindow(
        SqliteConnection connection,
        SqliteTransaction transaction,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        using var command = Window.Command(connection, transaction, WindowSql, windowStart, windowEnd);
        using var reader = command.ExecuteReader();
        var surveys = new List<SurveyOutcome>();
        while (reader.Read())
        {
            BulkRead.CheckCancellation(surveys.Count, cancellationToken);
            var channel = EnumNames<Channel>.FromPosition(reader, 0, 1, "survey_invitations", 14);
            var sentAt = Instants.ReadOrNone(reader, 2);
            if (reader.IsDBNull(AnswerKey))
            {
                surveys.Add(new SurveyOutcome { Channel = channel, SentAt = sentAt });
                continue;
            }

            surveys.Add(new SurveyOutcome
            {
                Channel = channel,
                SentAt = sentAt,
                Answer = new SurveyResponse
                {
                    InvitationId = reader.GetString(AnswerKey),
                    AnsweredAt = Instants.Read(reader, 4),
                    Overall = reader.GetInt32(5),
                    EaseOfProcedures = ResponseRows.ReadScore(reader, 6),
                    Courtesy = ResponseRows.ReadScore(reader, 7),
                    ClarityOfInformation = ResponseRows.ReadScore(reader, 8),
                    Speed = ResponseRows.ReadScore(reader, 9),
                    Comment = reader.IsDBNull(10) ? null : reader.GetString(10),
                    Source = EnumNames<ResponseSource>.FromPosition(reader, 11, 12, "survey_responses", AnswerKey),
                },
                AnsweredCase = reader.IsDBNull(13) ? null : reader.GetString(13),
            });
        }

        return surveys;
    }
}
