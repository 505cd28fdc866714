using Quartz;
using Tarmeem.Host.Alerts;

namespace Tarmeem.Host.Scheduling;

/// <summary>Sends the morning alert to each branch. A thin adapter: the work is in <see cref="MorningAlertService"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class MorningAlertJob(JobRunRecorder recorder, MorningAlertService alerts) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await recorder.RunAsync(TarmeemJobs.MorningAlert, alerts.RunAsync, cancellationToken);
}
