using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Tarmeem.Host.Scheduling.Cluster;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Starts the Quartz scheduler with <see cref="TarmeemJobs"/> as configured, and stops it gracefully: running jobs see
/// their cancellation token and are waited for. A stored trigger whose expression and zone are unchanged is left as it
/// is, so a run missed while the service was down is still missed when it comes back, and fires once (misfire policy
/// "fire once now"). Before it starts, <see cref="ServiceStartUp"/> closes what a killed process left and finishes the
/// deliveries it interrupted.
/// </summary>
internal sealed class SchedulerService(
    ISchedulerFactory factory, ServiceStartUp startUp, SchedulerStore placement, IOptions<ScheduleOptions> options, ILogger<SchedulerService> logger) : IHostedService
{
    private IScheduler? scheduler;

    /// <summary>True once the scheduler runs and until it stops: what <c>/health</c> reports.</summary>
    public bool Running => scheduler is { Status: SchedulerStatus.Running };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // A failure here is recorded in the run history and does not keep the service (and its survey page) down.
        await startUp.RunAsync(cancellationToken);
        if (placement.Clustered)
        {
            await QuartzSchema.EnsureAsync(placement.ConnectionString!, cancellationToken);
        }

        scheduler = await factory.GetScheduler(cancellationToken);
        await SynchronizeAsync(scheduler, options.Value, placement.Clustered, logger, cancellationToken);
        await scheduler.Start(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (scheduler is null)
        {
            return;
        }

        // Running jobs see their cancellation token now, record the stop and end; the scheduler waits for them.
        await scheduler.Standby(cancellationToken);
        foreach (var job in TarmeemJobs.All)
        {
            await scheduler.Interrupt(job.Key, cancellationToken);
        }

        await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
    }

    /// <summary>
    /// Makes the scheduler's jobs and triggers match the settings; a job with an empty expression is removed. In a
    /// cluster every job requests recovery: one a dead node was running is run again by another node.
    /// </summary>
    public static async Task SynchronizeAsync(IScheduler scheduler, ScheduleOptions settings, bool clustered, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(settings);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        foreach (var job in TarmeemJobs.All)
        {
            var cron = job.Cron(settings);
            if (string.IsNullOrWhiteSpace(cron))
            {
                await scheduler.DeleteJob(job.Key, cancellationToken);
                SchedulingLog.SwitchedOff(logger, job.Name);
                continue;
            }

            var detail = JobBuilder.Create().OfType(job.JobType).WithIdentity(job.Key).WithDescription(job.Description).StoreDurably().RequestRecovery(clustered).Build();
            await scheduler.AddJob(detail, AddJobOptions.Replacing, cancellationToken);
            var stored = await scheduler.GetTrigger(job.TriggerKey, cancellationToken) as ICronTrigger;
            if (stored is null || stored.CronExpressionString != cron || stored.TimeZone.Id != zone.Id)
            {
                await scheduler.ScheduleTrigger(CronTrigger(job, cron, zone, settings.MisfireThreshold), TriggerConflict.Replace, cancellationToken);
                stored = await scheduler.GetTrigger(job.TriggerKey, cancellationToken) as ICronTrigger;
            }

            SchedulingLog.Scheduled(logger, job.Name, cron, zone.Id, stored?.NextFireTimeUtc);
        }
    }

    public static ITrigger CronTrigger(TarmeemJob job, string cron, TimeZoneInfo zone, TimeSpan misfireThreshold)
    {
        ArgumentNullException.ThrowIfNull(job);
        return TriggerBuilder.Create()
            .WithIdentity(job.TriggerKey)
            .ForJob(job.Key)
            .WithDescription(job.Description)
            .WithMisfireThreshold(misfireThreshold)
            .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
    }
}
