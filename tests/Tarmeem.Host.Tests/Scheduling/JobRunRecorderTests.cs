using Microsoft.Extensions.DependencyInjection;
using Tarmeem.Store;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Tests.Sync;
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
}
