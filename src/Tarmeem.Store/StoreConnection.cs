using Microsoft.Data.Sqlite;

namespace Tarmeem.Store;

/// <summary>
/// Opens a pooled connection to an existing <c>tarmeem.db</c> with the store's pragmas, for the small stores built on an
/// opened <see cref="SqliteServiceRecordStore"/> (which has already applied the migrations).
/// </summary>
internal static class StoreConnection
{
    // As the record store's: durable in WAL, wait for a writer instead of failing.
    private const string Pragmas = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

    public static string ConnectionString(SqliteServiceRecordStore records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new SqliteConnectionStringBuilder
        {
            DataSource = records.DatabasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
        }.ToString();
    }

    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
