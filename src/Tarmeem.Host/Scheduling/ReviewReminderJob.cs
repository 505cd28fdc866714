using Quartz;

namespace Tarmeem.Host.Scheduling;

/// <summary>Reminds the reviewers of drafts not approved in time. A thin adapter: the work is in the service, the history in <see cref="JobRunRecorder"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class ReviewReminderJob(JobRunRecorder recorder, ScheduledReports reports) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await recorder.RunAsync(TarmeemJobs.ReviewReminders, reports.RemindReviewersAsync, cancellationToken);
}
