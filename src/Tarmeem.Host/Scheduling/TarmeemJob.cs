using Quartz;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// One scheduled job: its stable name (the Quartz key and the <c>job_runs.job</c> value), its type, its cron key, and
/// the job lock (<see cref="Locks.JobLocks"/>) it shares with the hand command doing the same work, if any.
/// </summary>
internal sealed record TarmeemJob(string Name, Type JobType, string OptionKey, Func<ScheduleOptions, string> Cron, string Description, string? Lock = null)
{
    public JobKey Key => new(Name, TarmeemJobs.Group);

    public TriggerKey TriggerKey => new(Name, TarmeemJobs.Group);
}
