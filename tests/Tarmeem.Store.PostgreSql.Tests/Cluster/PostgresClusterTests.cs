using Npgsql;

namespace Tarmeem.Store.PostgreSql.Tests.Cluster;

/// <summary>The throwaway cluster every PostgreSQL test stands on: it must start, isolate and go away cleanly.</summary>
public sealed class PostgresClusterTests
{
    [Fact]
    public async Task StartAsync_NewCluster_ServesTarmeemOnLoopbackWithFsync()
    {
        await using var cluster = await PostgresCluster.StartAsync(CancellationToken.None);

        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        Assert.Equal(cluster.MajorVersion, connection.PostgreSqlVersion.Major);
        Assert.Equal("127.0.0.1", await ShowAsync(connection, "listen_addresses"));
        Assert.Equal("on", await ShowAsync(connection, "fsync"));
        Assert.Equal(PostgresCluster.UserName, await ShowAsync(connection, "session_authorization"));
        Assert.StartsWith(Path.GetTempPath(), cluster.Folder, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionString_AnotherUser_IsRefused()
    {
        var cluster = await PostgresCluster.SharedAsync();
        var asPostgres = new NpgsqlConnectionStringBuilder(cluster.ConnectionString("postgres")) { Username = "postgres" };

        await using var connection = new NpgsqlConnection(asPostgres.ConnectionString);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());

        Assert.Equal(PostgresErrorCodes.InvalidAuthorizationSpecification, refused.SqlState);
    }

    [Fact]
    public async Task CreateDatabaseAsync_TwoDatabases_AreIsolated()
    {
        var cluster = await PostgresCluster.SharedAsync();
        var first = await cluster.CreateDatabaseAsync("isolation_first", CancellationToken.None);
        var second = await cluster.CreateDatabaseAsync("isolation_second", CancellationToken.None);

        await using (var connection = new NpgsqlConnection(first))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE only_here (id INTEGER)", connection);
            await create.ExecuteNonQueryAsync();
        }

        Assert.Equal(1L, await CountTablesAsync(first, "only_here"));
        Assert.Equal(0L, await CountTablesAsync(second, "only_here"));
    }

    [Fact]
    public async Task CreateDatabaseAsync_NameNeedingQuotes_IsRefused()
    {
        var cluster = await PostgresCluster.SharedAsync();

        await Assert.ThrowsAsync<ArgumentException>(
            () => cluster.CreateDatabaseAsync("x\"; DROP DATABASE postgres; --", CancellationToken.None));
    }

    [Fact]
    public async Task DisposeAsync_RunningCluster_LeavesNoProcessAndNoFolder()
    {
        var cluster = await PostgresCluster.StartAsync(CancellationToken.None);
        var folder = cluster.Folder;
        var serverProcess = cluster.ServerProcessId;
        Assert.True(IsRunning(serverProcess));

        await cluster.DisposeAsync();

        Assert.False(Directory.Exists(folder));
        Assert.False(IsRunning(serverProcess));
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await Assert.ThrowsAsync<NpgsqlException>(() => connection.OpenAsync());
    }

    /// <summary>Whether the process runs: an exited server may linger as a zombie until its adoptive parent reaps it.</summary>
    private static bool IsRunning(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        var text = File.ReadAllText(stat);
        return text[(text.LastIndexOf(')') + 2)..][0] is not ('Z' or 'X');
    }

    private static async Task<string?> ShowAsync(NpgsqlConnection connection, string setting)
    {
        await using var show = new NpgsqlCommand($"SHOW {setting}", connection);
        return (string?)await show.ExecuteScalarAsync();
    }

    private static async Task<long> CountTablesAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = @table", connection);
        count.Parameters.AddWithValue("table", table);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
