using Microsoft.Data.Sqlite;
using Tarmeem.Core.Domain;

namespace Tarmeem.Store;

/// <summary>
/// The report read (<see cref="IServiceRecordStore.ReadForReportAsync"/>): every table walked once in key order
/// (<see cref="WindowPlan.Scan"/>), the invitations on a second connection in parallel with the rest, both on one
/// snapshot of the file. On the 2-core machine the parallel read took the year report's read from about 2.9 s to
/// 2.0 s (docs/benchmarks.md).
/// </summary>
internal static class ReportReader
{
    // The walks never come back to a page, so a big page cache would only hold pages already passed (32 MiB of the
    // report's peak memory); every open sets the usual size again.
    private const string ReadPragmas = "PRAGMA cache_size = -2048;";

    // The write lock is only held for a moment by a sync's batch; past this, read on one connection instead.
    private const string GatePragmas = "PRAGMA busy_timeout = 250;";

    /// <summary>SQLITE_BUSY: another connection holds the write lock.</summary>
    private const int Busy = 5;

    public static async Task<ReportRecords> ReadAsync(
        Func<CancellationToken, Task<SqliteConnection>> open,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        await using var first = await OpenReaderAsync(open, cancellationToken);
        await using var second = await OpenReaderAsync(open, cancellationToken);
        using var firstRead = first.BeginTransaction(deferred: true);
        using var secondRead = second.BeginTransaction(deferred: true);
        if (!await TrySnapshotTogetherAsync(open, [(first, firstRead), (second, secondRead)], cancellationToken))
        {
            return new ReportRecords
            {
                Cases = CaseRows.ReadWindow(first, windowStart, windowEnd, WindowPlan.Scan, cancellationToken),
                Inquiries = InquiryRows.ReadWindow(first, windowStart, windowEnd, WindowPlan.Scan, cancellationToken),
                Surveys = SurveyOutcomeRows.ReadWindow(first, windowStart, windowEnd, cancellationToken),
                Quarantined = QuarantineRows.ReadHeldAt(first, windowStart, windowEnd, cancellationToken),
            };
        }

        var surveys = Task.Run(() => SurveyOutcomeRows.ReadWindow(second, windowStart, windowEnd, cancellationToken), cancellationToken);
        try
        {
            return new ReportRecords
            {
                Cases = CaseRows.ReadWindow(first, windowStart, windowEnd, WindowPlan.Scan, cancellationToken),
                Inquiries = InquiryRows.ReadWindow(first, windowStart, windowEnd, WindowPlan.Scan, cancellationToken),
                Quarantined = QuarantineRows.ReadHeldAt(first, windowStart, windowEnd, cancellationToken),
                Surveys = await surveys,
            };
        }
        finally
        {
            // The second connection must outlive its read, also when this side failed.
            await Task.WhenAny(surveys);
        }
    }

    private static async Task<SqliteConnection> OpenReaderAsync(Func<CancellationToken, Task<SqliteConnection>> open, CancellationToken cancellationToken)
    {
        var connection = await open(cancellationToken);
        await ExecuteAsync(connection, null, ReadPragmas, cancellationToken);
        return connection;
    }

    /// <summary>
    /// Starts each reader's snapshot while a third connection holds the write lock, so that no commit can fall between
    /// them: the readers then see one state of the file, as the reads of one transaction would. False when a writer
    /// holds the lock (a sync's batch); the caller then reads on one connection.
    /// </summary>
    private static async Task<bool> TrySnapshotTogetherAsync(
        Func<CancellationToken, Task<SqliteConnection>> open,
        IReadOnlyList<(SqliteConnection Connection, SqliteTransaction Transaction)> readers,
        CancellationToken cancellationToken)
    {
        await using var gate = await open(cancellationToken);
        await ExecuteAsync(gate, null, GatePragmas, cancellationToken);
        SqliteTransaction writeLock;
        try
        {
            writeLock = gate.BeginTransaction();
        }
        catch (SqliteException error) when (error.SqliteErrorCode == Busy)
        {
            return false;
        }

        // Disposed without a commit: nothing is written, and the lock goes.
        using (writeLock)
        {
            foreach (var (connection, transaction) in readers)
            {
                await ExecuteAsync(connection, transaction, "SELECT count(*) FROM sqlite_schema;", cancellationToken);
            }
        }

        return true;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
