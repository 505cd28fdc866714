using System.Data.Common;
using Microsoft.Data.Sqlite;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Sqlite;

/// <summary>
/// One <c>tarmeem.db</c>: WAL (opened by <see cref="SqliteStore"/>), the per-connection pragmas, IMMEDIATE write
/// transactions, the raw statement cursor and the report's two readers started on one snapshot.
/// </summary>
public sealed class SqliteDialect : StoreDialect
{
    // Per connection, so run on every open: NORMAL is durable across crashes in WAL mode, losing at most the last
    // commits on power loss; busy_timeout makes SQLite wait for a writer instead of the provider's coarse sleeps;
    // a 32 MiB page cache (default 2 MiB) keeps index pages in memory during bulk upserts and window reads.
    private const string RecordPragmas =
        "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;";

    // The small stores': as the records' but with the default page cache.
    private const string LightPragmas = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

    // The acknowledgement of a survey answer promises it survives a power cut, not only a crash of this process.
    private const string DurablePragmas = LightPragmas + " PRAGMA synchronous = FULL;";

    private readonly string recordsConnectionString;
    private readonly string lightConnectionString;
    private readonly string readOnlyConnectionString;

    public SqliteDialect(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = databasePath;
        recordsConnectionString = ConnectionString(SqliteOpenMode.ReadWriteCreate, pooling: true);
        lightConnectionString = ConnectionString(SqliteOpenMode.ReadWrite, pooling: true);
        // Kept open by their caller with a query prepared: the provider's pooling would only add a layer.
        readOnlyConnectionString = ConnectionString(SqliteOpenMode.ReadOnly, pooling: false);
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    public override StoreProvider Provider => StoreProvider.Sqlite;

    public override string Location => DatabasePath;

    public override bool WalksOnlyWhenHinted => true;

    public override async Task<DbConnection> OpenAsync(ConnectionPurpose purpose, CancellationToken cancellationToken)
    {
        var (connectionString, pragmas) = purpose switch
        {
            ConnectionPurpose.Records => (recordsConnectionString, RecordPragmas),
            ConnectionPurpose.Light => (lightConnectionString, LightPragmas),
            ConnectionPurpose.Durable => (lightConnectionString, DurablePragmas),
            ConnectionPurpose.ReadOnly => (readOnlyConnectionString, null),
            _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown connection purpose."),
        };
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (pragmas is not null)
            {
                await ExecuteAsync(connection, null, pragmas, cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>IMMEDIATE (the provider's default): take the write lock up front, where busy_timeout applies.</summary>
    public override DbTransaction BeginWrite(DbConnection connection) => Sqlite(connection).BeginTransaction(deferred: false);

    /// <summary>DEFERRED: the snapshot starts at the first read and holds no lock a writer waits for.</summary>
    public override DbTransaction BeginSnapshot(DbConnection connection) => Sqlite(connection).BeginTransaction(deferred: true);

    public override IRowCursor OpenCursor(
        DbConnection connection, DbTransaction transaction, string sql, DateTimeOffset windowStart, DateTimeOffset windowEnd) =>
        new SqliteRowCursor(Sqlite(connection), sql, windowStart, windowEnd);

    public override Task<ReportConnections> OpenReportReadAsync(CancellationToken cancellationToken) =>
        SqliteReportSnapshot.OpenAsync(this, cancellationToken);

    /// <summary>SQLITE_CONSTRAINT_FOREIGNKEY: the extended code SQLite gives a row whose parent is missing.</summary>
    public override bool IsForeignKeyViolation(DbException exception) => exception is SqliteException { SqliteExtendedErrorCode: 787 };

    public override void ClearPools()
    {
        foreach (var connectionString in (string[])[recordsConnectionString, lightConnectionString])
        {
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    internal static async Task ExecuteAsync(
        DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteConnection Sqlite(DbConnection connection) =>
        connection as SqliteConnection
        ?? throw new ArgumentException($"The SQLite store was given a {connection?.GetType().Name ?? "null"} connection.", nameof(connection));

    private string ConnectionString(SqliteOpenMode mode, bool pooling) =>
        new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = mode, Pooling = pooling }.ToString();
}
