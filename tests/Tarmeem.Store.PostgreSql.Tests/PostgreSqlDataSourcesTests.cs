using System.Net;
using System.Net.Sockets;
using Npgsql;
using static Tarmeem.Store.PostgreSql.Tests.PostgresTestDatabase;

namespace Tarmeem.Store.PostgreSql.Tests;

public sealed class PostgreSqlDataSourcesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public void Create_PasswordInConnectionString_IsRefusedNamingTheKey()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => PostgreSqlDataSources.Create(
            "Host=db.example;Database=tarmeem;Username=tarmeem;Password=s3cret-value", PostgreSqlDataSources.LiveSchema));

        Assert.StartsWith("Tarmeem:Data:ConnectionString contains a password", refused.Message, StringComparison.Ordinal);
        Assert.Contains("PGPASSWORD", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Tarmeem:Data:ConnectionString is empty")]
    [InlineData("  ", "Tarmeem:Data:ConnectionString is empty")]
    [InlineData("Host=db.example;Pasword=s3cret-value", "Tarmeem:Data:ConnectionString is not a valid")]
    [InlineData("Database=tarmeem", "Tarmeem:Data:ConnectionString names no server")]
    public void Create_UnusableConnectionString_SaysWhatToDo(string? connectionString, string expected)
    {
        var refused = Assert.Throws<InvalidOperationException>(
            () => PostgreSqlDataSources.Create(connectionString, PostgreSqlDataSources.LiveSchema));

        Assert.StartsWith(expected, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Schema_IsEveryConnectionsSearchPath()
    {
        await using var dataSource = DataSource(database, PostgreSqlDataSources.SampleSchema);

        Assert.Equal(["tarmeem_sample"], await RowsAsync(dataSource, "SHOW search_path"));
        Assert.Equal(["tarmeem"], await RowsAsync(dataSource, "SHOW application_name"));
    }

    [Fact]
    public async Task OpenAsync_NoServerOnThePort_NamesHostAndPort()
    {
        var port = ClosedLoopbackPort();
        await using var dataSource = PostgreSqlDataSources.Create(
            $"Host=127.0.0.1;Port={port};Database=tarmeem;Username=tarmeem;Timeout=5", PostgreSqlDataSources.LiveSchema);

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(
            () => PostgreSqlConnections.OpenAsync(dataSource, CancellationToken.None));

        Assert.StartsWith($"Could not reach the PostgreSQL server at 127.0.0.1:{port} named by Tarmeem:Data:ConnectionString",
            failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_UserTheServerRefuses_SaysWhereThePasswordComesFrom()
    {
        var other = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = "someone_else" };
        await using var dataSource = PostgreSqlDataSources.Create(other.ConnectionString, PostgreSqlDataSources.LiveSchema);

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(
            () => PostgreSqlConnections.OpenAsync(dataSource, CancellationToken.None));

        Assert.StartsWith($"the PostgreSQL server at 127.0.0.1:{database.Cluster.Port} refused user 'someone_else'",
            failed.Message, StringComparison.Ordinal);
        Assert.Contains("PGPASSWORD or a pgpass file", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_MissingDatabase_SaysToCreateIt()
    {
        var missing = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "no_such_database" };
        await using var dataSource = PostgreSqlDataSources.Create(missing.ConnectionString, PostgreSqlDataSources.LiveSchema);

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(
            () => PostgreSqlConnections.OpenAsync(dataSource, CancellationToken.None));

        Assert.Contains("has no database 'no_such_database': create it", failed.Message, StringComparison.Ordinal);
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
