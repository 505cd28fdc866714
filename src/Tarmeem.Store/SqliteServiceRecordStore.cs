using Microsoft.Data.Sqlite;
using Tarmeem.Core.Domain;

namespace Tarmeem.Store;

/// <summary>
/// The embedded store: one SQLite file, <c>tarmeem.db</c>, in WAL mode so that reports can read while a sync writes.
/// Each call opens a pooled connection of its own, so one instance may be shared across threads; each write is one
/// transaction, so a failed batch leaves nothing half-written. Schema and time format: <see cref="SchemaMigrations"/>.
/// </summary>
public sealed class SqliteServiceRecordStore : IServiceRecordStore, IAsyncDisposable
{
    public const string DatabaseFileName = "tarmeem.db";

    // Per connection, so run on every open: NORMAL is durable across crashes in WAL mode, losing at most the last
    // commits on power loss; busy_timeout makes SQLite wait for a writer instead of the provider's coarse sleeps;
    // a 32 MiB page cache (default 2 MiB) keeps index pages in memory during bulk upserts and window reads.
    private const string ConnectionPragmas =
        "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;";

    /// <summary>SQLITE_NOTADB: the file exists but is not a SQLite database.</summary>
    private const int NotADatabase = 26;

    private readonly string connectionString;
    private bool disposed;

    private SqliteServiceRecordStore(string databasePath)
    {
        DatabasePath = databasePath;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc cref="OpenAsync(StoreOptions, TimeProvider, CancellationToken)"/>
    public static Task<SqliteServiceRecordStore> OpenAsync(StoreOptions options, CancellationToken cancellationToken) =>
        OpenAsync(options, TimeProvider.System, cancellationToken);

    /// <summary>
    /// Opens (creating folder and file if missing) the store in <see cref="StoreOptions.DataDirectory"/>, switches it to
    /// WAL and applies any schema migration not yet applied. Refuses a file whose schema is newer than this build.
    /// </summary>
    /// <param name="timeProvider">Stamps <c>schema_migrations.applied_at</c>.</param>
    public static async Task<SqliteServiceRecordStore> OpenAsync(
        StoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            throw new ArgumentException(
                "StoreOptions.DataDirectory is empty: set it to the folder that holds (or will hold) tarmeem.db.",
                nameof(options));
        }

        var directory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(directory);
        var store = new SqliteServiceRecordStore(Path.Combine(directory, DatabaseFileName));
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken);
            await store.EnableWalAsync(connection, cancellationToken);
            await SchemaMigrator.ApplyAsync(connection, SchemaMigrations.All, timeProvider, store.DatabasePath, cancellationToken);
            return store;
        }
        catch (SqliteException error) when (error.SqliteErrorCode == NotADatabase)
        {
            await store.DisposeAsync();
            throw new InvalidOperationException(
                $"The file {store.DatabasePath} is not a tarmeem store (not a SQLite database): move it away, or point "
                + "StoreOptions.DataDirectory at another folder.",
                error);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public Task UpsertCasesAsync(IReadOnlyCollection<SupportCase> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return WriteAsync((connection, transaction) => CaseRows.UpsertAsync(connection, transaction, cases, cancellationToken), cancellationToken);
    }

    public Task UpsertInquiriesAsync(IReadOnlyCollection<Inquiry> inquiries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiries);
        return WriteAsync((connection, transaction) => InquiryRows.UpsertAsync(connection, transaction, inquiries, cancellationToken), cancellationToken);
    }

    public Task UpsertInvitationsAsync(IReadOnlyCollection<SurveyInvitation> invitations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        return WriteAsync((connection, transaction) => InvitationRows.UpsertAsync(connection, transaction, invitations, cancellationToken), cancellationToken);
    }

    public Task UpsertResponsesAsync(IReadOnlyCollection<SurveyResponse> responses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responses);
        return WriteAsync((connection, transaction) => ResponseRows.UpsertAsync(connection, transaction, responses, cancellationToken), cancellationToken);
    }

    public Task AddQuarantinedAsync(IReadOnlyCollection<QuarantinedRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return WriteAsync((connection, transaction) => QuarantineRows.UpsertAsync(connection, transaction, records, cancellationToken), cancellationToken);
    }

    public Task SaveAsync(ServiceRecords records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return WriteAsync(
            async (connection, transaction) =>
            {
                await CaseRows.UpsertAsync(connection, transaction, records.Cases, cancellationToken);
                await InquiryRows.UpsertAsync(connection, transaction, records.Inquiries, cancellationToken);
                // Invitations before responses: a response's invitation must already be there.
                await InvitationRows.UpsertAsync(connection, transaction, records.Invitations, cancellationToken);
                await ResponseRows.UpsertAsync(connection, transaction, records.Responses, cancellationToken);
                await QuarantineRows.UpsertAsync(connection, transaction, records.Quarantined, cancellationToken);
            },
            cancellationToken);
    }

    public async Task<ServiceRecords> ReadAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        CheckWindow(windowStart, windowEnd);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        // One read transaction: all five queries see the same snapshot even while a sync commits (the window reads run
        // on the transaction's connection).
        using var transaction = connection.BeginTransaction(deferred: true);
        return new ServiceRecords
        {
            Cases = CaseRows.ReadWindow(connection, windowStart, windowEnd, WindowPlan.Index, cancellationToken),
            Inquiries = InquiryRows.ReadWindow(connection, windowStart, windowEnd, WindowPlan.Index, cancellationToken),
            Invitations = InvitationRows.ReadWindow(connection, windowStart, windowEnd, cancellationToken),
            Responses = ResponseRows.ReadWindow(connection, windowStart, windowEnd, cancellationToken),
            Quarantined = QuarantineRows.ReadHeldAt(connection, windowStart, windowEnd, cancellationToken),
        };
    }

    public Task<ReportRecords> ReadForReportAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        CheckWindow(windowStart, windowEnd);
        return ReportReader.ReadAsync(OpenConnectionAsync, windowStart, windowEnd, cancellationToken);
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM inquiries), (SELECT count(*) FROM survey_invitations),
                   (SELECT count(*) FROM survey_responses), (SELECT count(*) FROM quarantined_records WHERE released_at IS NULL);
            """;
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
    }

    public async Task<StoreCoverage> ReadCoverageAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await CoverageRows.ReadAsync(connection, cancellationToken);
    }

    public Task ClearAsync(CancellationToken cancellationToken) =>
        WriteAsync(
            async (connection, transaction) =>
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                // Responses first: they reference invitations.
                command.CommandText = """
                    DELETE FROM survey_responses; DELETE FROM survey_invitations; DELETE FROM cases;
                    DELETE FROM inquiries; DELETE FROM quarantined_records; DELETE FROM sync_coverage;
                    """;
                await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    /// <summary>Releases the pooled connections, and with them the file (tests delete their folders afterwards).</summary>
    public ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
        }

        return ValueTask.CompletedTask;
    }

    private static void CheckWindow(DateTimeOffset windowStart, DateTimeOffset windowEnd)
    {
        if (windowEnd < windowStart)
        {
            throw new ArgumentException(
                $"The read window ends ({windowEnd:O}) before it starts ({windowStart:O}): pass the start first.",
                nameof(windowEnd));
        }
    }

    private async Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> write, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        // IMMEDIATE (the provider's default): take the write lock up front, where busy_timeout applies.
        using var transaction = connection.BeginTransaction();
        await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task EnableWalAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The store at {DatabasePath} could not switch to WAL journaling (SQLite kept '{mode}'): "
                + "put the data directory on a local disk.");
        }
    }
}
