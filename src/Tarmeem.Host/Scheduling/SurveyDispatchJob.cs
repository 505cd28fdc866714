using Quartz;

namespace Tarmeem.Host.Scheduling;

/// <summary>Sends the survey messages that are due. A thin adapter: the work is in the service, the history in <see cref="JobRunRecorder"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class SurveyDispatchJob(JobRunRecorder recorder, ISurveyDispatcher dispatcher) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await recorder.RunAsync(TarmeemJobs.SurveyDispatch, dispatcher.DispatchDueAsync, cancellationToken);
}
