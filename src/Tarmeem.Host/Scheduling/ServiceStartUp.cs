using Microsoft.Extensions.Options;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling.Locks;

using Tarmeem.Store;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// What <c>tarmeem serve</c> does before its scheduler starts: closes the runs a killed process left Running, records
/// the start, and finishes the deliveries a crash left intended, before any scheduled report could reach the same
/// period. On one machine (SQLite) none of this process's jobs has run yet, so every Running row is stale; in a
/// cluster (PostgreSQL) the other nodes' rows may be live, so each is closed only when its job next starts
/// (<see cref="JobRunRecorder"/>). The deliveries are finished under the report-delivery lock, so never beside a
/// node delivering them.
/// </summary>
internal sealed class ServiceStartUp(
    IStoreFactory stores, JobRunRecorder recorder, ScheduledReports reports, IOptions<TarmeemOptions> options, TimeProvider time)
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
            if (options.Value.Data.Provider == StoreProvider.Sqlite)
            {
                await store.JobRuns.CloseInterruptedAsync(now, InterruptedMessage, cancellationToken);
            }

            await store.JobRuns.RecordServiceStartAsync(now, cancellationToken);
        }

        return await recorder.RunAsync(JobName, JobLocks.ReportDelivery, reports.FinishUnfinishedAsync, cancellationToken);
    }
}
