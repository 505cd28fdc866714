using Microsoft.Data.Sqlite;

namespace Tarmeem.Core.Store;

/// <summary>
/// The delivery log (schema version 4) in the same <c>tarmeem.db</c>: which report of which period went out, and when.
/// Built on an opened <see cref="SqliteServiceRecordStore"/>, which has already brought the schema up to date.
/// </summary>
public sealed class SqliteDeliveryLog(SqliteServiceRecordStore records)
{
    private const string SelectSql = "SELECT kind, period, delivered_at, deliveries, recipients, files, library_folder FROM report_deliveries";

    private readonly string connectionString = StoreConnection.ConnectionString(records);

    public async Task<ReportDelivery?> FindAsync(string kind, string period, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(period);
        await using var connection = await StoreConnection.OpenAsync(connectionString, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"{SelectSql} WHERE kind = $kind AND period = $period;";
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$period", period);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>The most recent deliveries first.</summary>
    public async Task<IReadOnlyList<ReportDelivery>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var connection = await StoreConnection.OpenAsync(connectionString, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"{SelectSql} ORDER BY delivered_at DESC LIMIT $count;";
        command.Parameters.AddWithValue("$count", count);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<ReportDelivery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(Read(reader));
        }

        return found;
    }

    /// <summary>Records a delivery; a forced re-delivery of the same (kind, period) updates the row and counts it.</summary>
    public async Task<ReportDelivery> RecordAsync(
        string kind, string period, DateTimeOffset deliveredAt, int recipients, IReadOnlyList<string> files, string? libraryFolder, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(period);
        ArgumentNullException.ThrowIfNull(files);
        await using var connection = await StoreConnection.OpenAsync(connectionString, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO report_deliveries (kind, period, delivered_at, deliveries, recipients, files, library_folder)
            VALUES ($kind, $period, $delivered_at, 1, $recipients, $files, $library_folder)
            ON CONFLICT (kind, period) DO UPDATE SET
                delivered_at = excluded.delivered_at,
                deliveries = deliveries + 1,
                recipients = excluded.recipients,
                files = excluded.files,
                library_folder = excluded.library_folder
            RETURNING kind, period, delivered_at, deliveries, recipients, files, library_folder;
            """;
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$period", period);
        command.Parameters.AddWithValue("$delivered_at", Instants.ToDb(deliveredAt));
        command.Parameters.AddWithValue("$recipients", recipients);
        command.Parameters.AddWithValue("$files", string.Join('\n', files));
        command.Parameters.AddWithValue("$library_folder", (object?)libraryFolder ?? DBNull.Value);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return Read(reader);
    }

    private static ReportDelivery Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Instants.Read(reader, 2),
        reader.GetInt32(3),
        reader.GetInt32(4),
        reader.GetString(5).Split('\n', StringSplitOptions.RemoveEmptyEntries),
        reader.IsDBNull(6) ? null : reader.GetString(6));
}
