using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Sync;

/// <summary>
/// Which SharePoint list item a synced record came from (<c>sync_items</c>): what a link back to the item needs.
/// Built on an opened <see cref="SqlServiceRecordStore"/>.
/// </summary>
public sealed class SqlListItemIds(SqlServiceRecordStore records)
{
    private readonly StoreDialect dialect = records.Dialect;

    /// <summary>Record key → list item id for every synced item of <paramref name="source"/> (<c>cases</c>, <c>inquiries</c>).</summary>
    public async Task<IReadOnlyDictionary<string, string>> ByRecordKeyAsync(string source, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT record_key, item_id FROM sync_items WHERE source = @source AND record_key IS NOT NULL;";
        command.AddParameter("@source", source);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetString(0)] = reader.GetString(1);
        }

        return found;
    }
}
