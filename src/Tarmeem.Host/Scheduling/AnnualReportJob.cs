using Quartz;

namespace Tarmeem.Host.Scheduling;

/// <summary>Writes and delivers the board report for the previous year. A thin adapter: the work is in the service, the history in <see cref="JobRunRecorder"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class AnnualReportJob(JobRunRecorder recorder, ScheduledReports reports) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await recorder.RunAsync(TarmeemJobs.AnnualReport, ct => reports.RunAsync(ReportCadence.Annual, ct), cancellationToken);
}
