using Microsoft.Extensions.Logging;

namespace Tarmeem.Host.Scheduling;

internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Job {Job} finished: {Outcome}")]
    public static partial void JobFinished(ILogger logger, string job, Tarmeem.Core.Store.JobOutcome outcome);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Job {Job} failed: {Reason}")]
    public static partial void JobFailed(ILogger logger, string job, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Scheduled {Job} with '{Cron}' in {Zone}; next run {Next}")]
    public static partial void Scheduled(ILogger logger, string job, string cron, string zone, DateTimeOffset? next);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Job {Job} is switched off (empty expression)")]
    public static partial void SwitchedOff(ILogger logger, string job);
}
