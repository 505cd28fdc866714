using Quartz;

namespace Tarmeem.Host.Scheduling;

/// <summary>Pulls the configured lists and mailbox. A thin adapter: the work is in the service, the history in <see cref="JobRunRecorder"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class SyncJob(JobRunRecorder recorder, ScheduledSync sync) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await recorder.RunAsync(TarmeemJobs.Sync, sync.RunAsync, cancellationToken);
}
