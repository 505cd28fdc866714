using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Store;
using Tarmeem.Host.Delivery;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Wraps a job's work in a row of the run history (<c>job_runs</c>): started, then its outcome and a sentence. A failure
/// is recorded with what to do and not thrown further: the job runs again at its next time.
/// </summary>
public sealed class JobRunRecorder(IStoreFactory stores, TimeProvider time, ILogger<JobRunRecorder> logger)
{
    public Task<JobResult> RunAsync(TarmeemJob job, Func<CancellationToken, Task<JobResult>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return RunAsync(job.Name, work, cancellationToken);
    }

    /// <summary>The same for work the scheduler does not fire, such as the start-up pass (<see cref="ServiceStartUp"/>).</summary>
    public async Task<JobResult> RunAsync(string jobName, Func<CancellationToken, Task<JobResult>> work, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobName);
        ArgumentNullException.ThrowIfNull(work);
        long id;
        await using (var store = await stores.OpenAsync(StoreArea.Live, cancellationToken))
        {
            id = await store.JobRuns.StartAsync(jobName, time.GetUtcNow(), cancellationToken);
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
