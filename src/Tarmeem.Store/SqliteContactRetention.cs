namespace Tarmeem.Store;

/// <summary>
/// Retention of the one table with personal data, <c>survey_contacts</c> (schema version 3): rows not updated since
/// the cut-off are deleted. Invitations, answers and the hashed <c>contact_key</c> the survey rules need stay, so the
/// figures are kept, anonymised. Built on an opened <see cref="SqliteServiceRecordStore"/>.
/// </summary>
public sealed class SqliteContactRetention(SqliteServiceRecordStore records) : IContactRetention
{
    private readonly string connectionString = StoreConnection.ConnectionString(records);

    /// <summary>Deletes contact rows last updated before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PurgeContactsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await StoreConnection.OpenAsync(connectionString, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM survey_contacts WHERE updated_at < $before;";
        command.Parameters.AddWithValue("$before", Instants.ToDb(before));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
