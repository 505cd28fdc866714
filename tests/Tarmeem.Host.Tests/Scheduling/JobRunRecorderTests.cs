using Microsoft.Extensions.DependencyInjection;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Store.Jobs;
using static Tarmeem.Host.Tests.Scheduling.OperationsHarness;

namespace Tarmeem.Host.Tests.Scheduling;

public sealed class JobRunRecorderTests
{
    [Fact]
    public async Task RunAsync_WorkFailsThenSucceeds_HistoryKeepsTheErrorAndTheCounts()
    {
        await using var h = Create(Riyadh(2026, 12, 1, 8));
        var recorder = h.Services.GetRequiredService<JobRunRecorder>();

        var failed = await recorder.RunAsync(
            TarmeemJobs.MonthlyReport, _ => throw new DeliveryFailedException("Sending the report e-mail: Microsoft 365 answered 403."), SyncHarness.Timeout());
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await recorder.RunAsync(TarmeemJobs.MonthlyReport, _ => Task.FromResult(JobResult.Done("Delivered.")), SyncHarness.Timeout());
        await recorder.RunAsync(TarmeemJobs.Sync, _ => Task.FromResult(JobResult.Skipped("No source.")), SyncHarness.Timeout());

        Assert.Equal((JobOutcome.Failed, "Sending the report e-mail: Microsoft 365 answered 403."), (failed.Outcome, failed.Message));
        await using var store = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout());
        var summaries = await store.JobRuns.SummariesAsync(SyncHarness.Timeout());
        Assert.Equal(["report-monthly", "sync"], summaries.Select(s => s.Job));
        var monthly = summaries[0];
        Assert.Equal((1, 0, 1), (monthly.Succeeded, monthly.Skipped, monthly.Failed));
        Assert.Equal((JobOutcome.Succeeded, "Delivered."), (monthly.Last.Outcome, monthly.Last.Message));
        Assert.Equal(Riyadh(2026, 12, 1, 8, 5), monthly.LastSucceededAt);
        Assert.Equal(JobOutcome.Skipped, summaries[1].Last.Outcome);
    }

    [Fact]
    public async Task RunAsync_CancelledByShutdown_RecordsTheStopAndRethrows()
    {
        await using var h = Create(Riyadh(2026, 12, 1, 8));
        var recorder = h.Services.GetRequiredService<JobRunRecorder>();
        using var stopping = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => recorder.RunAsync(
            TarmeemJobs.Sync,
            async ct =>
            {
                await stopping.CancelAsync();
                ct.ThrowIfCancellationRequested();
                return JobResult.Done("unreachable");
            },
            stopping.Token));

        await using var store = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout());
        var run = Assert.Single(await store.JobRuns.SummariesAsync(SyncHarness.Timeout())).Last;
        Assert.Equal(JobOutcome.Failed, run.Outcome);
        Assert.StartsWith("Stopped because the service was shutting down", run.Message, StringComparison.Ordinal);
        Assert.NotNull(run.FinishedAt);
    }

    [Fact]
    public async Task RunAsync_LockHeldByAHandRunElsewhere_RecordsSkippedNamingTheHolderWithoutRunningTheWork()
    {
        await using var h = Create(Riyadh(2026, 12, 1, 8), s => s.NodeId = "node-b");
        var handRun = new FileJobLock(Path.Combine(h.Folder.Sub("data"), "locks"), "node-a", h.Clock);
        await using var held = await handRun.TryAcquireAsync(JobLocks.SurveySend, SyncHarness.Timeout());
        var recorder = h.Services.GetRequiredService<JobRunRecorder>();
        var ran = false;

        var result = await recorder.RunAsync(TarmeemJobs.SurveyDispatch, _ => Task.FromResult(JobResult.Done($"ran {ran = true}")), SyncHarness.Timeout());

        Assert.False(ran);
        Assert.Equal(
            (JobOutcome.Skipped, "Skipped: a survey send is running on node node-a since 2026-12-01 05:00:00 UTC; not run beside it (a scheduled job runs again at its next time)."),
            (result.Outcome, result.Message));
        await using var store = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout());
        var run = Assert.Single(await store.JobRuns.SummariesAsync(SyncHarness.Timeout())).Last;
        Assert.Equal(("node-b", JobOutcome.Skipped), (run.Node, run.Outcome));
    }

    [Fact]
    public async Task RunAsync_ARunOfTheSameJobLeftRunning_IsClosedAsInterruptedNamingItsNodeAndOtherJobsAreLeftAlone()
    {
        await using var h = Create(Riyadh(2026, 12, 1, 8), s => s.NodeId = "node-b");
        await using (var store = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout()))
        {
            await store.JobRuns.StartAsync(TarmeemJobs.Sync.Name, "node-a", Riyadh(2026, 12, 1, 7, 45), SyncHarness.Timeout());
            await store.JobRuns.StartAsync(TarmeemJobs.Retention.Name, "node-a", Riyadh(2026, 12, 1, 7, 50), SyncHarness.Timeout());
        }

        await h.Services.GetRequiredService<JobRunRecorder>().RunAsync(TarmeemJobs.Sync, _ => Task.FromResult(JobResult.Done("synced")), SyncHarness.Timeout());

        await using var reopened = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout());
        var summaries = (await reopened.JobRuns.SummariesAsync(SyncHarness.Timeout())).ToDictionary(s => s.Job);
        Assert.Equal(("node-b", JobOutcome.Succeeded), (summaries["sync"].Last.Node, summaries["sync"].Last.Outcome));
        Assert.Equal(JobOutcome.Running, summaries["retention"].Last.Outcome);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(h.Folder.Sub("data"), "tarmeem.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT outcome || ': ' || message FROM job_runs WHERE job = 'sync' ORDER BY id LIMIT 1;";
        Assert.Equal("Interrupted: " + JobRunRecorder.AbandonedMessage + " (node node-a)", await command.ExecuteScalarAsync());
    }
}
