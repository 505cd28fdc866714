using Tarmeem.Host.Delivery;

using Tarmeem.Store;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// What <c>tarmeem serve</c> does before its scheduler starts: closes the runs a killed process left Running (none of
/// this process's jobs has run yet, so every such row is stale), records the start, and finishes the deliveries a
/// crash left intended, before any scheduled report could reach the same period.
/// </summary>
public sealed class ServiceStartUp(IStoreFactory stores, JobRunRecorder recorder, ScheduledReports reports, TimeProvider time)
{
    /// <summary>The run history's name for the start-up pass.</summary>
    public const string JobName = "start-up";

    public const string InterruptedMessage =
        "Interrupted: the service stopped while this run was under way (killed or powered off); closed when the service started again.";

    public async Task<JobResult> RunAsync(CancellationToken cancellationToken)
    {
        await using (var store = await stores.OpenAsync(StoreArea.Live, cancellationToken))
        {
            var now = time.GetUtcNow();
            await store.JobRuns.CloseInterruptedAsync(now, InterruptedMessage, cancellationToken);
            await store.JobRuns.RecordServiceStartAsync(now, cancellationToken);
        }

        return await recorder.RunAsync(JobName, reports.FinishUnfinishedAsync, cancellationToken);
    }
}
