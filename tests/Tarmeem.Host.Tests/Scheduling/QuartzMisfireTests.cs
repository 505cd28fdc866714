using Tarmeem.Store;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Scheduling.Cluster;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Host.Tests.Sync;
using static Tarmeem.Host.Tests.Scheduling.OperationsHarness;

namespace Tarmeem.Host.Tests.Scheduling;

/// <summary>
/// The real scheduler on its persistent SQLite store, stopped across two slots of a job and started again: Quartz's
/// misfire handling, not our code, decides how often the missed job runs. Real time, a few seconds: Quartz's own
/// clock cannot be driven without it spinning.
/// </summary>
public sealed class QuartzMisfireTests
{
    [Fact]
    public async Task Restart_AfterTwoSlotsMissedWhileDown_RunsTheJobOnceNotTwice()
    {
        using var shared = new TempFolder();
        var quartzDatabase = shared.Sub("quartz.db");
        // Two slots, two and three seconds from now, and none after: anything beyond one run would be a replay.
        var first = DateTimeOffset.UtcNow.AddSeconds(2);
        var second = first.AddSeconds(1);
        var cron = string.Create(
            CultureInfo.InvariantCulture,
            $"{first.Second},{second.Second} {first.Minute}{(second.Minute != first.Minute ? "," + second.Minute.ToString(CultureInfo.InvariantCulture) : "")} {first.Hour} {first.Day} {first.Month} ? {first.Year}");
        var settings = new ScheduleOptions
        {
            TimeZone = "UTC", Sync = "", MonthlyReport = "", QuarterlyReport = "", AnnualReport = "", Retention = "", SurveyDispatch = cron,
            MisfireThreshold = TimeSpan.FromMilliseconds(500),
        };

        var before = new SlowDispatcher(TimeSpan.Zero);
        await using (var down = Service(quartzDatabase, settings, before))
        {
            var scheduler = await down.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(SyncHarness.Timeout());
            await SchedulerService.SynchronizeAsync(scheduler, settings, clustered: false, NullLogger.Instance, SyncHarness.Timeout());
            // Stored but never started: the service is down before its first slot and stays down past the second.
            await scheduler.Shutdown(waitForJobsToComplete: false, SyncHarness.Timeout());
        }

        while (DateTimeOffset.UtcNow < second.AddSeconds(1.5))
        {
            await Task.Delay(100);
        }

        var after = new SlowDispatcher(TimeSpan.Zero);
        await using var back = Service(quartzDatabase, settings, after);
        var service = back.Services.GetRequiredService<SchedulerService>();
        await service.StartAsync(SyncHarness.Timeout());
        await Eventually.HoldsAsync(() => after.Runs >= 1, TimeSpan.FromSeconds(20), () => "the missed job never ran after the restart");

        // Time for a second firing to show itself, were the scheduler to replay each missed slot.
        await Task.Delay(TimeSpan.FromSeconds(2));
        await service.StopAsync(SyncHarness.Timeout());

        Assert.Equal((0, 1), (before.Runs, after.Runs));
    }

    private static OperationsHarness Service(string quartzDatabase, ScheduleOptions settings, SlowDispatcher dispatcher) =>
        Create(OperationsHarness.Riyadh(2026, 12, 1, 9), s => Copy(settings, s), s =>
        {
            s.AddSingleton<ISurveyDispatcher>(dispatcher);
            s.AddTarmeemScheduler(new SchedulerStore(StoreProvider.Sqlite, quartzDatabase, null, "node-a"), settings);
            // The services' clock is fixed; Quartz needs one that moves.
            s.AddQuartz(q => q.UseTimeProvider(TimeProvider.System));
        });

    private static void Copy(ScheduleOptions from, ScheduleOptions to) =>
        (to.TimeZone, to.Sync, to.MonthlyReport, to.QuarterlyReport, to.AnnualReport, to.Retention, to.SurveyDispatch, to.MisfireThreshold) =
        (from.TimeZone, from.Sync, from.MonthlyReport, from.QuarterlyReport, from.AnnualReport, from.Retention, from.SurveyDispatch, from.MisfireThreshold);
}
