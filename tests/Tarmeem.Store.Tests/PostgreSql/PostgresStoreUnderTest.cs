using System.Data.Common;
using Npgsql;
using Tarmeem.Store.PostgreSql;
using Tarmeem.Store.Records;
using Tarmeem.Store.Tests.Contract;
using Tarmeem.Testing.Postgres;

namespace Tarmeem.Store.Tests.PostgreSql;

/// <summary>
/// A fresh database on the test process's shared PostgreSQL cluster for one test, opened through the provider as the
/// host opens it (the live schema, migrated at open). The database goes with the cluster at the end of the run.
/// </summary>
internal sealed class PostgresStoreUnderTest : IStoreUnderTest
{
    private static int s_created;
    private readonly PostgreSqlStoreProvider provider = new();
    private string? connectionString;

    public string ConnectionString => connectionString ?? throw new InvalidOperationException("Open the store first.");

    public async Task<SqlServiceRecordStore> OpenAsync() =>
        await provider.OpenAsync(await SettingsAsync(), StoreArea.Live, new FixedTimeProvider(TempStoreFolder.MigratedAt), CancellationToken.None);

    public async Task<StoreSettings> SettingsAsync()
    {
        if (connectionString is null)
        {
            var cluster = await PostgresCluster.SharedAsync();
            connectionString = await cluster.CreateDatabaseAsync(
                $"store_{Environment.ProcessId}_{Interlocked.Increment(ref s_created)}", CancellationToken.None);
        }

        return new StoreSettings(StoreProvider.PostgreSql, Path.GetTempPath(), connectionString);
    }

    /// <summary>An unpooled connection on the live schema, so that it leaves nothing open on the server.</summary>
    public DbConnection OpenRawConnection()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString)
        {
            SearchPath = PostgreSqlDataSources.LiveSchema,
            Pooling = false,
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
