using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Surveys;

/// <summary>
/// The two statements that record an answer (keep the first answer; mark its invitation answered), compiled once per
/// connection: the survey page's writer runs them for thousands of answers a second.
/// </summary>
internal sealed class ResponseWriter : IDisposable
{
    private readonly DbCommand insert;
    private readonly DbCommand markAnswered;

    public ResponseWriter(DbConnection connection)
    {
        insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO survey_responses (invitation_id, answered_at, overall, ease_of_procedures, courtesy, clarity_of_information, speed, comment, source)
            VALUES (@invitation, @at, @overall, @ease, @courtesy, @clarity, @speed, @comment, @source)
            ON CONFLICT (invitation_id) DO NOTHING;
            """;
        foreach (var name in (string[])["@invitation", "@at", "@overall", "@ease", "@courtesy", "@clarity", "@speed", "@comment", "@source"])
        {
            insert.AddParameter(name, DBNull.Value);
        }

        markAnswered = connection.CreateCommand();
        markAnswered.CommandText = "UPDATE survey_invitations SET status = 'Answered' WHERE id = @invitation;";
        markAnswered.AddParameter("@invitation", DBNull.Value);
    }

    /// <summary>True when the answer was recorded, false when its invitation already had one (which is kept).</summary>
    public bool TryRecord(DbTransaction transaction, SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        insert.Transaction = transaction;
        var values = insert.Parameters;
        values[0].Value = response.InvitationId;
        values[1].Value = Instants.ToDb(response.AnsweredAt);
        values[2].Value = (long)response.Overall;
        values[3].Value = (object?)(long?)response.EaseOfProcedures ?? DBNull.Value;
        values[4].Value = (object?)(long?)response.Courtesy ?? DBNull.Value;
        values[5].Value = (object?)(long?)response.ClarityOfInformation ?? DBNull.Value;
        values[6].Value = (object?)(long?)response.Speed ?? DBNull.Value;
        values[7].Value = (object?)response.Comment ?? DBNull.Value;
        values[8].Value = response.Source.ToString();
        if (insert.ExecuteNonQuery() == 0)
        {
            return false;
        }

        markAnswered.Transaction = transaction;
        markAnswered.Parameters[0].Value = response.InvitationId;
        markAnswered.ExecuteNonQuery();
        return true;
    }

    public void Dispose()
    {
        insert.Dispose();
        markAnswered.Dispose();
    }
}
