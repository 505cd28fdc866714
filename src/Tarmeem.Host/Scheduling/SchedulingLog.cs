using Microsoft.Extensions.Logging;

namespace Tarmeem.Host.Scheduling;

/// <summary>The scheduler's log lines, events 7001 and up (6000s are the survey sender's; LogEventIdTests keeps them apart).</summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Job {Job} finished: {Outcome}")]
    public static partial void JobFinished(ILogger logger, string job, Tarmeem.Store.Jobs.JobOutcome outcome);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Job {Job} failed: {Reason}")]
    public static partial void JobFailed(ILogger logger, string job, string reason);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Scheduled {Job} with '{Cron}' in {Zone}; next run {Next}")]
    public static partial void Scheduled(ILogger logger, string job, string cron, string zone, DateTimeOffset? next);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Job {Job} is switched off (empty expression)")]
    public static partial void SwitchedOff(ILogger logger, string job);
}
