using Microsoft.Data.Sqlite;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Sqlite;

/// <summary>
/// The report's two readers on one snapshot of the file: each reader's snapshot starts while a third connection holds
/// the write lock, so that no commit can fall between them, as the reads of one transaction would see. When a writer
/// holds the lock (a sync's batch) the report reads on one connection instead.
/// </summary>
internal static class SqliteReportSnapshot
{
    // The walks never come back to a page, so a big page cache would only hold pages already passed (32 MiB of the
    // report's peak memory); every open sets the usual size again.
    private const string ReadPragmas = "PRAGMA cache_size = -2048;";

    // The write lock is only held for a moment by a sync's batch; past this, read on one connection instead.
    private const string GatePragmas = "PRAGMA busy_timeout = 250;";

    /// <summary>SQLITE_BUSY: another connection holds the write lock.</summary>
    private const int Busy = 5;

    public static async Task<ReportConnections> OpenAsync(SqliteDialect dialect, CancellationToken cancellationToken)
    {
        var first = await OpenReaderAsync(dialect, cancellationToken);
        StoreRead? second = null;
        try
        {
            second = await OpenReaderAsync(dialect, cancellationToken);
            if (!await TrySnapshotTogetherAsync(dialect, [first, second], cancellationToken))
            {
                await second.DisposeAsync();
                second = null;
            }

            return new ReportConnections(first, second);
        }
        catch
        {
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            await first.DisposeAsync();
            throw;
        }
    }

    private static async Task<StoreRead> OpenReaderAsync(SqliteDialect dialect, CancellationToken cancellationToken)
    {
        var connection = await dialect.OpenAsync(ConnectionPurpose.Records, cancellationToken);
        try
        {
            await SqliteDialect.ExecuteAsync(connection, null, ReadPragmas, cancellationToken);
            return new StoreRead(dialect, connection, dialect.BeginSnapshot(connection));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> TrySnapshotTogetherAsync(
        SqliteDialect dialect, IReadOnlyList<StoreRead> readers, CancellationToken cancellationToken)
    {
        await using var gate = await dialect.OpenAsync(ConnectionPurpose.Records, cancellationToken);
        await SqliteDialect.ExecuteAsync(gate, null, GatePragmas, cancellationToken);
        SqliteTransaction writeLock;
        try
        {
            writeLock = (SqliteTransaction)dialect.BeginWrite(gate);
        }
        catch (SqliteException error) when (error.SqliteErrorCode == Busy)
        {
            return false;
        }

        // Disposed without a commit: nothing is written, and the lock goes.
        using (writeLock)
        {
            foreach (var reader in readers)
            {
                await SqliteDialect.ExecuteAsync(reader.Connection, reader.Transaction, "SELECT count(*) FROM sqlite_schema;", cancellationToken);
            }
        }

        return true;
    }
}
