using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Store.Jobs;
using Tarmeem.Testing.Postgres;
using static Tarmeem.Host.Tests.Scheduling.OperationsHarness;

namespace Tarmeem.Host.Tests.Scheduling.Cluster;

public sealed class ServiceStartUpClusterTests
{
    private static int databases;

    [Fact]
    public async Task RunAsync_Clustered_LeavesAnotherNodesRunningRowAlone()
    {
        await using var h = await ClusteredAsync();
        await using (var store = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout()))
        {
            await store.JobRuns.StartAsync(TarmeemJobs.Sync.Name, "node-a", Riyadh(2026, 12, 1, 7, 59), SyncHarness.Timeout());
        }

        var result = await StartUp(h).RunAsync(SyncHarness.Timeout());

        Assert.Equal(JobOutcome.Skipped, result.Outcome);
        await using var reopened = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout());
        var sync = (await reopened.JobRuns.SummariesAsync(SyncHarness.Timeout())).Single(s => s.Job == "sync");
        Assert.Equal(("node-a", JobOutcome.Running), (sync.Last.Node, sync.Last.Outcome));
    }

    [Fact]
    public async Task RunAsync_ReportDeliveryUnderWayElsewhere_SkipsFinishingDeliveriesAndSaysWhere()
    {
        await using var h = await ClusteredAsync();
        var other = new FileJobLock(Path.Combine(h.Folder.Sub("data"), "locks"), "node-a", h.Clock);
        await using var held = await other.TryAcquireAsync(JobLocks.ReportDelivery, SyncHarness.Timeout());

        var result = await StartUp(h).RunAsync(SyncHarness.Timeout());

        Assert.Equal(
            (JobOutcome.Skipped, "Skipped: a report delivery is running on node node-a since 2026-12-01 05:00:00 UTC; not run beside it (a scheduled job runs again at its next time)."),
            (result.Outcome, result.Message));
    }

    /// <summary>The PostgreSQL provider on a fresh database, with the file lock of the data folder (the lock is not what is tested).</summary>
    private static async Task<OperationsHarness> ClusteredAsync()
    {
        var connectionString = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync(
            $"startup_cluster_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}", CancellationToken.None);
        return Create(
            Riyadh(2026, 12, 1, 8),
            s => s.NodeId = "node-b",
            more: s => s.AddSingleton<IJobLock>(sp => new FileJobLock(
                Path.Combine(sp.GetRequiredService<IOptions<TarmeemOptions>>().Value.Data.Directory, "locks"), "node-b", sp.GetRequiredService<TimeProvider>())),
            data: d => (d.Provider, d.ConnectionString) = (StoreProvider.PostgreSql, connectionString));
    }

    private static ServiceStartUp StartUp(OperationsHarness h) => new(
        h.Stores,
        h.Services.GetRequiredService<JobRunRecorder>(),
        h.Reports,
        h.Services.GetRequiredService<IOptions<TarmeemOptions>>(),
        h.Clock);
}
