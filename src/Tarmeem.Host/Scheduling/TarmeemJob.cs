using Quartz;

namespace Tarmeem.Host.Scheduling;

/// <summary>One scheduled job: its stable name (the Quartz key and the <c>job_runs.job</c> value), its type and its cron key.</summary>
public sealed record TarmeemJob(string Name, Type JobType, string OptionKey, Func<ScheduleOptions, string> Cron, string Description)
{
    public JobKey Key => new(Name, TarmeemJobs.Group);

    public TriggerKey TriggerKey => new(Name, TarmeemJobs.Group);
}
