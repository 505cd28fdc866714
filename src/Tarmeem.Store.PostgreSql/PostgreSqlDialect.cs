using System.Data;
using System.Data.Common;
using Npgsql;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.PostgreSql;

/// <summary>
/// One store schema on a PostgreSQL server: pooled connections whose search_path is the schema, READ COMMITTED
/// writes (the store's statements are upserts on unique keys, see docs/architecture.md), REPEATABLE READ snapshots,
/// the typed sequential cursor and the report's two readers on one exported snapshot.
/// </summary>
public sealed class PostgreSqlDialect : StoreDialect, IAsyncDisposable
{
    /// <summary>The first key of <see cref="SerializeAsync"/>'s locks, "tarw"; the job locks use "tarm".</summary>
    private const int WriteLockSpace = 0x74617277;

    private readonly NpgsqlDataSource durable;

    /// <param name="dataSource">Built by <see cref="PostgreSqlDataSources.Create"/>; the dialect owns it from now on.</param>
    public PostgreSqlDialect(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        DataSource = dataSource;
        Schema = PostgreSqlDataSources.SchemaOf(dataSource);
        // The answers' writer promises a commit that survives a power cut whatever the server's default is.
        var durableTarget = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        durableTarget.Options = $"{durableTarget.Options} -c synchronous_commit=on".Trim();
        durable = new NpgsqlDataSourceBuilder(durableTarget.ConnectionString).Build();
        var target = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        Location = $"schema {Schema} of database {target.Database} on {target.Host}:{target.Port}";
    }

    public NpgsqlDataSource DataSource { get; }

    public string Schema { get; }

    public override StoreProvider Provider => StoreProvider.PostgreSql;

    public override string Location { get; }

    public override async Task<DbConnection> OpenAsync(ConnectionPurpose purpose, CancellationToken cancellationToken) =>
        await PostgreSqlConnections.OpenAsync(purpose == ConnectionPurpose.Durable ? durable : DataSource, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>
    /// A transaction-scoped advisory lock, released at commit or rollback. Its first key keeps it apart from the job
    /// locks' (a planning job holding its job lock must never wait on itself here).
    /// </summary>
    public override async Task SerializeAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(@space, @key)) AS locked;", Npgsql(connection), (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("space", WriteLockSpace);
        command.Parameters.AddWithValue("key", PostgreSqlJobLock.Key(name));
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    public override DbTransaction BeginSnapshot(DbConnection connection) =>
        Npgsql(connection).BeginTransaction(IsolationLevel.RepeatableRead);

    public override IRowCursor OpenCursor(
        DbConnection connection, DbTransaction transaction, string sql, DateTimeOffset windowStart, DateTimeOffset windowEnd) =>
        new PostgreSqlRowCursor(Npgsql(connection), (NpgsqlTransaction)transaction, sql, windowStart, windowEnd);

    public override Task<ReportConnections> OpenReportReadAsync(CancellationToken cancellationToken) =>
        PostgreSqlReportSnapshot.OpenAsync(this, cancellationToken);

    /// <summary>
    /// ANALYZE in the writing transaction (it counts the transaction's own new rows): autovacuum would gather the
    /// statistics a minute or so after the commit, but a report started sooner — <c>report --sample</c> right after
    /// writing the sample — was planned on an empty table's guesses: half a million index lookups where a hash join
    /// was due.
    /// </summary>
    public override async Task RefreshStatisticsAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var analyze = new NpgsqlCommand($"ANALYZE {string.Join(", ", tables)}", Npgsql(connection), (NpgsqlTransaction)transaction);
        await using (analyze.ConfigureAwait(false))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override bool IsForeignKeyViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation };

    /// <summary>The message and, when the connection string allows it (Include Error Detail), the key the server names.</summary>
    public override string Describe(DbException exception) =>
        exception is PostgresException { Detail: { Length: > 0 } detail } postgres ? $"{postgres.MessageText}: {detail}" : base.Describe(exception);

    /// <summary>Closes the idle connections: each test's database would otherwise keep its pool open on the server.</summary>
    public override void ClearPools()
    {
        DataSource.Clear();
        durable.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await durable.DisposeAsync().ConfigureAwait(false);
        await DataSource.DisposeAsync().ConfigureAwait(false);
    }

    private static NpgsqlConnection Npgsql(DbConnection connection) =>
        connection as NpgsqlConnection
        ?? throw new ArgumentException($"The PostgreSQL store was given a {connection?.GetType().Name ?? "null"} connection.", nameof(connection));
}
