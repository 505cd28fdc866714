using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Store;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Wraps a job's work in a row of the run history (<c>job_runs</c>): started, with the node running it, then its outcome
/// and a sentence. Work that shares a job lock with a hand command runs under it; a run that finds it held is recorded
/// as skipped, naming the holder, and does not wait. A failure is recorded with what to do and not thrown further: the
/// job runs again at its next time.
/// </summary>
internal sealed class JobRunRecorder(IStoreFactory stores, IJobLock locks, NodeIdentity node, TimeProvider time, ILogger<JobRunRecorder> logger)
{
    /// <summary>What a run left Running by a node that died is closed with when the job next starts.</summary>
    public const string AbandonedMessage = "Interrupted: the node running it stopped (killed, powered off or cut off); the job ran again on another node or at its next time";

    /// <summary>
    /// A scheduled job's run. Quartz never runs one job twice at once on any node, so a row of it still Running is one
    /// a dead node left: it is closed first.
    /// </summary>
    public Task<JobResult> RunAsync(TarmeemJob job, Func<CancellationToken, Task<JobResult>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return RunAsync(job.Name, job.Lock, closeAbandoned: true, work, cancellationToken);
    }

    /// <summary>The same for work the scheduler does not fire, such as the start-up pass (<see cref="ServiceStartUp"/>).</summary>
    public Task<JobResult> RunAsync(string jobName, string? lockName, Func<CancellationToken, Task<JobResult>> work, CancellationToken cancellationToken) =>
        RunAsync(jobName, lockName, closeAbandoned: false, work, cancellationToken);

    private async Task<JobResult> RunAsync(
        string jobName, string? lockName, bool closeAbandoned, Func<CancellationToken, Task<JobResult>> work, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobName);
        ArgumentNullException.ThrowIfNull(work);
        if (lockName is null)
        {
            return await RecordAsync(jobName, closeAbandoned, work, cancellationToken);
        }

        await using var held = await locks.TryAcquireAsync(lockName, cancellationToken);
        if (held is not null)
        {
            return await RecordAsync(jobName, closeAbandoned, work, cancellationToken);
        }

        var holder = await locks.HolderAsync(lockName, cancellationToken);
        var busy = JobLocks.Describe(lockName, holder);
        return await RecordAsync(
            jobName, closeAbandoned, _ => Task.FromResult(JobResult.Skipped($"Skipped: {busy}; not run beside it (a scheduled job runs again at its next time).")), cancellationToken);
    }

    private async Task<JobResult> RecordAsync(string jobName, bool closeAbandoned, Func<CancellationToken, Task<JobResult>> work, CancellationToken cancellationToken)
    {
        long id;
        await using (var store = await stores.OpenAsync(StoreArea.Live, cancellationToken))
        {
            var now = time.GetUtcNow();
            if (closeAbandoned)
            {
                await store.JobRuns.CloseAbandonedAsync(jobName, now, AbandonedMessage, cancellationToken);
            }

            id = await store.JobRuns.StartAsync(jobName, node.Id, now, cancellationToken);
        }

        JobResult result;
        try
        {
            result = await work(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await FinishAsync(id, new JobResult(JobOutcome.Failed, "Stopped because the service was shutting down; it runs again at its next time."));
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            result = new JobResult(JobOutcome.Failed, Describe(e));
        }

        await FinishAsync(id, result);
        if (result.Outcome == JobOutcome.Failed)
        {
            SchedulingLog.JobFailed(logger, jobName, result.Message);
        }
        else
        {
            SchedulingLog.JobFinished(logger, jobName, result.Outcome);
        }

        return result;
    }

    /// <summary>The failures a person can fix say what to change; anything else keeps its type for whoever reads the log.</summary>
    public static string Describe(Exception error) => error switch
    {
        DeliveryFailedException or FileNotFoundException => error.Message,
        OptionsValidationException e => "The settings are not valid: " + string.Join(" ", e.Failures) + " Fix the settings file and restart the service.",
        _ => $"{error.GetType().Name}: {error.Message}",
    };

    private async Task FinishAsync(long id, JobResult result)
    {
        // The run's own token may be cancelled; its row must still be closed.
        await using var store = await stores.OpenAsync(StoreArea.Live, CancellationToken.None);
        await store.JobRuns.FinishAsync(id, time.GetUtcNow(), result.Outcome, result.Message, CancellationToken.None);
    }
}
