using System.Data.Common;
using Npgsql;
using Tarmeem.Store.PostgreSql;
using Tarmeem.Testing.Postgres;

namespace Tarmeem.Testing.Page;

/// <summary>The step-11 tables in a fresh database of its own on the test process's shared PostgreSQL cluster.</summary>
public sealed class PostgresPageDatabase : PageDatabase
{
    private static int s_created;
    private readonly NpgsqlDataSource _source;

    private PostgresPageDatabase(NpgsqlDataSource source) => _source = source;

    public string ConnectionString => _source.ConnectionString;

    public static async Task<PostgresPageDatabase> CreateAsync()
    {
        var cluster = await PostgresCluster.SharedAsync().ConfigureAwait(false);
        var connectionString = await cluster.CreateDatabaseAsync($"page_{Environment.ProcessId}_{Interlocked.Increment(ref s_created)}", CancellationToken.None).ConfigureAwait(false);
        var database = new PostgresPageDatabase(NpgsqlDataSource.Create(connectionString));
        await database.RunAsync(PostgreSqlMigrations.PageTables).ConfigureAwait(false);
        return database;
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override ValueTask DisposeAsync() => _source.DisposeAsync();
}
