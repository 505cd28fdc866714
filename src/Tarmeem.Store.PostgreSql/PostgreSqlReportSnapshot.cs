using System.Data;
using Npgsql;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.PostgreSql;

/// <summary>
/// The report's two readers on one snapshot: the first exports its REPEATABLE READ snapshot, the second imports it
/// (<c>SET TRANSACTION SNAPSHOT</c>), so both see exactly the same commits, as SQLite's two readers do.
/// </summary>
internal static class PostgreSqlReportSnapshot
{
    // A year's report sorts and joins about half a million rows per query. In the server's default 4 MB those sorts
    // went to temporary files, and the planner, pricing that in, walked the answers' primary key row by row instead
    // of hashing them. For this transaction only.
    private const string SortMemory = "; SET LOCAL work_mem = '64MB'";

    public static async Task<ReportConnections> OpenAsync(PostgreSqlDialect dialect, CancellationToken cancellationToken)
    {
        var first = await OpenReaderAsync(dialect, null, cancellationToken).ConfigureAwait(false);
        try
        {
            string snapshot;
            var export = new NpgsqlCommand("SELECT pg_export_snapshot()", (NpgsqlConnection)first.Connection, (NpgsqlTransaction)first.Transaction);
            await using (export.ConfigureAwait(false))
            {
                snapshot = (string)(await export.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }

            var second = await OpenReaderAsync(dialect, snapshot, cancellationToken).ConfigureAwait(false);
            return new ReportConnections(first, second);
        }
        catch
        {
            await first.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<StoreRead> OpenReaderAsync(PostgreSqlDialect dialect, string? snapshot, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)await dialect.OpenAsync(ConnectionPurpose.Records, cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            // The snapshot's id is the server's own text (pg_export_snapshot), never input: SET TRANSACTION takes no parameter.
            var prepare = new NpgsqlCommand(
                (snapshot is null ? "SET TRANSACTION READ ONLY" : $"SET TRANSACTION READ ONLY; SET TRANSACTION SNAPSHOT '{snapshot}'") + SortMemory,
                connection, transaction);
            await using (prepare.ConfigureAwait(false))
            {
                await prepare.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return new StoreRead(dialect, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
