using System.Data.Common;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Surveys;

/// <summary>Counts for the survey status: by status, state and source; nothing per person.</summary>
internal static class SurveyStatusRows
{
    public static async Task<SurveyStatusCounts> CountAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var invitations = await SurveySql.CountsAsync(connection, "SELECT status, count(*) FROM survey_invitations GROUP BY status ORDER BY status;", cancellationToken);
        var outbox = await SurveySql.CountsAsync(
            connection, "SELECT kind || ' ' || state, count(*) FROM survey_outbox GROUP BY kind, state ORDER BY kind, state;", cancellationToken);
        var responses = await SurveySql.CountsAsync(connection, "SELECT source, count(*) FROM survey_responses GROUP BY source ORDER BY source;", cancellationToken);
        using var command = SurveySql.Command(
            connection, null, """
                SELECT (SELECT count(*) FROM survey_contacts), (SELECT count(*) FROM survey_contacts WHERE email_address IS NULL),
                       (SELECT count(*) FROM survey_opt_outs), (SELECT count(*) FROM survey_bounces), (SELECT count(*) FROM survey_tokens);
                """);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new SurveyStatusCounts(
            invitations, outbox, responses, reader.GetCount(0), reader.GetCount(1), reader.GetCount(2), reader.GetCount(3), reader.GetCount(4));
    }
}
