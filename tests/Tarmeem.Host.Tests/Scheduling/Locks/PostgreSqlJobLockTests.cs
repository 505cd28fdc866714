using Tarmeem.Store.PostgreSql;
using Npgsql;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Testing.Postgres;

namespace Tarmeem.Host.Tests.Scheduling.Locks;

public sealed class PostgreSqlJobLockTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task TryAcquireAsync_HeldByAnotherNode_IsRefusedAndNamesTheHolderUntilReleased()
    {
        var first = new PostgreSqlJobLock(database.ConnectionString, "node-a");
        var second = new PostgreSqlJobLock(database.ConnectionString, "node-b");
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        var held = await first.TryAcquireAsync(JobLocks.Sync, CancellationToken.None);
        var refused = await second.TryAcquireAsync(JobLocks.Sync, CancellationToken.None);
        var holder = await second.HolderAsync(JobLocks.Sync, CancellationToken.None);
        await using var otherName = await second.TryAcquireAsync(JobLocks.SurveySend, CancellationToken.None);
        await held!.DisposeAsync();
        await using var afterRelease = await second.TryAcquireAsync(JobLocks.Sync, CancellationToken.None);

        Assert.Null(refused);
        Assert.Equal("node-a", holder?.Node);
        Assert.InRange(holder!.Since, before, DateTimeOffset.UtcNow);
        Assert.NotNull(otherName);
        Assert.NotNull(afterRelease);
        Assert.Null(await second.HolderAsync(JobLocks.ReportDelivery, CancellationToken.None));
    }

    [Fact]
    public async Task HolderAsync_SameLockHeldInAnotherDatabaseOnTheServer_IsNotThisInstallationsHolder()
    {
        // One IT provider, two associations, one PostgreSQL server: each installation's locks are its own.
        var otherInstallation = await database.Cluster.CreateDatabaseAsync($"{database.Name}_other", CancellationToken.None);
        var elsewhere = new PostgreSqlJobLock(otherInstallation, "other-association");
        var here = new PostgreSqlJobLock(database.ConnectionString, "node-here");

        await using var heldElsewhere = await elsewhere.TryAcquireAsync(JobLocks.ReportDelivery, CancellationToken.None);
        var holderHere = await here.HolderAsync(JobLocks.ReportDelivery, CancellationToken.None);
        await using var takenHere = await here.TryAcquireAsync(JobLocks.ReportDelivery, CancellationToken.None);

        Assert.NotNull(heldElsewhere);
        Assert.Equal("other-association", (await elsewhere.HolderAsync(JobLocks.ReportDelivery, CancellationToken.None))?.Node);
        Assert.Null(holderHere);
        Assert.NotNull(takenHere);
    }

    [Fact]
    public async Task TryAcquireAsync_HoldingSessionEnds_LockIsFreeAgain()
    {
        var dying = new PostgreSqlJobLock(database.ConnectionString, "node-dying");
        var survivor = new PostgreSqlJobLock(database.ConnectionString, "node-survivor");
        var held = await dying.TryAcquireAsync(JobLocks.ReportDelivery, CancellationToken.None);
        Assert.NotNull(held);

        // What the server does when a node dies and its connection drops: the session ends, and its locks with it.
        await using (var admin = new NpgsqlConnection(database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var terminate = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'tarmeem:node-dying' AND datname = current_database();", admin);
            Assert.Equal(true, await terminate.ExecuteScalarAsync());
        }

        await using var taken = await WaitForAsync(() => survivor.TryAcquireAsync(JobLocks.ReportDelivery, CancellationToken.None));
        Assert.NotNull(taken);
        // Releasing a lock whose session is already gone is quiet: a job ending after a database restart must not fail for it.
        await held.DisposeAsync();
    }

    [Fact]
    public void Key_SameName_IsStableAndNonNegative()
    {
        Assert.Equal(PostgreSqlJobLock.Key(JobLocks.Sync), PostgreSqlJobLock.Key("sync"));
        Assert.NotEqual(PostgreSqlJobLock.Key(JobLocks.Sync), PostgreSqlJobLock.Key(JobLocks.SurveySend));
        Assert.All(new[] { JobLocks.Sync, JobLocks.SurveySend, JobLocks.ReportDelivery }, n => Assert.True(PostgreSqlJobLock.Key(n) >= 0));
    }

    /// <summary>The server ends a terminated session a moment later, not at once.</summary>
    private static async Task<IAsyncDisposable?> WaitForAsync(Func<Task<IAsyncDisposable?>> attempt)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var taken = await attempt();
        while (taken is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            taken = await attempt();
        }

        return taken;
    }
}
