using System.Data.Common;
using System.Globalization;
using System.Text;
using Tarmeem.Core.Domain;
using Tarmeem.Store;
using Tarmeem.Store.Records;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Benchmarks.Nodes;

/// <summary>The same invitations and link tokens in each store, written the provider-neutral way (<c>@name</c> SQL).</summary>
internal static class SubmitSeed
{
    private const int RowsPerInsert = 500;

    public static IReadOnlyList<string> Tokens(int count) => Enumerable.Range(0, count).Select(_ => SurveyTokens.Create()).ToList();

    /// <summary>Invitations <c>B0</c>, <c>B1</c>, … sent now, open for two weeks.</summary>
    public static List<SurveyInvitation> Invitations(int count)
    {
        var now = DateTimeOffset.UtcNow;
        return Enumerable.Range(0, count).Select(i => new SurveyInvitation
        {
            Id = "B" + i.ToString(CultureInfo.InvariantCulture),
            SubjectKind = SurveySubjectKind.Inquiry,
            SubjectId = "INQ-" + i.ToString(CultureInfo.InvariantCulture),
            Channel = Channel.Website,
            Branch = Branch.Makkah,
            CreatedAt = now,
            SentAt = now,
            ExpiresAt = now.AddDays(14),
        }).ToList();
    }

    public static async Task WriteAsync(SqlServiceRecordStore store, IReadOnlyList<string> tokens, CancellationToken cancellationToken)
    {
        var invitations = Invitations(tokens.Count);
        await store.UpsertInvitationsAsync(invitations, cancellationToken);

        // The store adds tokens one at a time as mail goes out; here they go in by hundreds in one transaction.
        await using var connection = await store.Dialect.OpenAsync(ConnectionPurpose.Records, cancellationToken);
        await using var transaction = store.Dialect.BeginWrite(connection);
        for (var first = 0; first < tokens.Count; first += RowsPerInsert)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            var sql = new StringBuilder("INSERT INTO survey_tokens (token_hash, invitation_id, created_at) VALUES ");
            for (var i = first; i < Math.Min(first + RowsPerInsert, tokens.Count); i++)
            {
                sql.Append(CultureInfo.InvariantCulture, $"{(i == first ? "" : ", ")}(@h{i - first}, @i{i - first}, 0)");
                Add(insert, $"@h{i - first}", SurveyTokens.Hash(tokens[i]));
                Add(insert, $"@i{i - first}", invitations[i].Id);
            }

            insert.CommandText = sql.ToString();
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task<long> CountAnswersAsync(SqlServiceRecordStore store, CancellationToken cancellationToken)
    {
        await using var connection = await store.Dialect.OpenAsync(ConnectionPurpose.Records, cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM survey_responses";
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
