using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Surveys;

/// <summary>
/// Retention of the one table with personal data, <c>survey_contacts</c> (schema version 3): rows not updated since
/// the cut-off are deleted. Invitations, answers and the hashed <c>contact_key</c> the survey rules need stay, so the
/// figures are kept, anonymised. Built on an opened <see cref="SqlServiceRecordStore"/>.
/// </summary>
public sealed class SqlContactRetention(SqlServiceRecordStore records) : IContactRetention
{
    private readonly StoreDialect dialect = records.Dialect;

    /// <summary>Deletes contact rows last updated before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PurgeContactsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM survey_contacts WHERE updated_at < @before;";
        command.AddParameter("@before", Instants.ToDb(before));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
