using Quartz;

namespace Tarmeem.Host.Scheduling;

/// <summary>Writes and delivers the management report for the previous month. A thin adapter: the work is in the service, the history in <see cref="JobRunRecorder"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class MonthlyReportJob(JobRunRecorder recorder, ScheduledReports reports) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await recorder.RunAsync(TarmeemJobs.MonthlyReport, ct => reports.RunAsync(ReportCadence.Monthly, ct), cancellationToken);
}
