using Npgsql;
using static Tarmeem.Store.PostgreSql.Tests.PostgresTestDatabase;

namespace Tarmeem.Store.PostgreSql.Tests;

public sealed class PostgreSqlJobLockTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task TryAcquireAsync_HeldOnAnotherNode_ReturnsNullUntilReleased()
    {
        await using var nodeA = DataSource(database, PostgreSqlDataSources.LiveSchema);
        await using var nodeB = DataSource(database, PostgreSqlDataSources.LiveSchema);

        var held = await new PostgreSqlJobLock(nodeA).TryAcquireAsync("sync", CancellationToken.None);
        Assert.NotNull(held);
        Assert.Null(await new PostgreSqlJobLock(nodeB).TryAcquireAsync("sync", CancellationToken.None));
        Assert.Null(await new PostgreSqlJobLock(nodeA).TryAcquireAsync("sync", CancellationToken.None));

        await held.DisposeAsync();
        await using var after = await new PostgreSqlJobLock(nodeB).TryAcquireAsync("sync", CancellationToken.None);
        Assert.NotNull(after);
    }

    [Fact]
    public async Task TryAcquireAsync_OtherJob_IsNotBlocked()
    {
        await using var dataSource = DataSource(database, PostgreSqlDataSources.LiveSchema);
        var locks = new PostgreSqlJobLock(dataSource);

        await using var sync = await locks.TryAcquireAsync("survey-send", CancellationToken.None);
        await using var report = await locks.TryAcquireAsync("report-deliver", CancellationToken.None);

        Assert.NotNull(sync);
        Assert.NotNull(report);
    }

    [Fact]
    public async Task TryAcquireAsync_HolderConnectionLost_LockIsFreed()
    {
        await using var nodeA = DataSource(database, PostgreSqlDataSources.LiveSchema);
        await using var nodeB = DataSource(database, PostgreSqlDataSources.LiveSchema);
        var held = await new PostgreSqlJobLock(nodeA).TryAcquireAsync("lost", CancellationToken.None);
        Assert.NotNull(held);

        // The holder's backend dies, as it would with its node's process or network.
        var key = PostgreSqlJobLock.KeyOf("lost");
        await using (var terminate = nodeB.CreateCommand("""
            SELECT pg_terminate_backend(pid, 10000) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = @key
            """))
        {
            terminate.Parameters.Add(new NpgsqlParameter<long>("key", key));
            Assert.Equal(true, await terminate.ExecuteScalarAsync());
        }

        await using var taken = await new PostgreSqlJobLock(nodeB).TryAcquireAsync("lost", CancellationToken.None);
        Assert.NotNull(taken);
        await held.DisposeAsync();
    }

    [Fact]
    public void KeyOf_Name_IsPinnedAcrossBuilds()
    {
        // Nodes of one cluster must agree on the key: the first 8 bytes of SHA-256("tarmeem job:sync"), big-endian.
        Assert.Equal(-8581948938891513106L, PostgreSqlJobLock.KeyOf("sync"));
        Assert.NotEqual(PostgreSqlJobLock.KeyOf("sync"), PostgreSqlJobLock.KeyOf("survey-send"));
    }
}
