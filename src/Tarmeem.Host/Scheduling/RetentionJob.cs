using Quartz;

namespace Tarmeem.Host.Scheduling;

/// <summary>Removes personal data past its retention period. A thin adapter: the work is in the service, the history in <see cref="JobRunRecorder"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class RetentionJob(JobRunRecorder recorder, RetentionService retention) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await recorder.RunAsync(TarmeemJobs.Retention, retention.RunAsync, cancellationToken);
}
