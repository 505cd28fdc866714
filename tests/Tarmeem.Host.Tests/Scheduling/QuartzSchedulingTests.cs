using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;
using Tarmeem.Store;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Store.Jobs;
using static Tarmeem.Host.Tests.Scheduling.OperationsHarness;

namespace Tarmeem.Host.Tests.Scheduling;

/// <summary>
/// The real jobs in a real Quartz scheduler (in memory), on the machine's clock with short waits. Quartz takes the
/// container's TimeProvider unless told otherwise; the services' fixed clock would freeze it, so it gets the system one.
/// </summary>
public sealed class QuartzSchedulingTests
{
    [Fact]
    public async Task SurveyDispatchJob_TriggerEvery50msJobTakes300ms_NeverRunsTwiceAtOnce()
    {
        var dispatcher = new SlowDispatcher(TimeSpan.FromMilliseconds(300));
        await using var h = Create(Riyadh(2026, 12, 1, 9), more: s =>
        {
            s.AddSingleton<ISurveyDispatcher>(dispatcher);
            s.AddQuartz(q => q.UseInMemoryStore().UseTimeProvider(TimeProvider.System));
        });
        var scheduler = await h.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(SyncHarness.Timeout());
        var job = JobBuilder.Create().OfType<SurveyDispatchJob>().WithIdentity(TarmeemJobs.SurveyDispatch.Key).Build();
        var trigger = TriggerBuilder.Create().ForJob(job).StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromMilliseconds(50)).RepeatForever()).Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), SyncHarness.Timeout());

        await scheduler.Start(SyncHarness.Timeout());
        // Wait for runs rather than a fixed time: a loaded machine starts the scheduler late, not wrongly.
        await Eventually.HoldsAsync(() => dispatcher.Runs >= 3, TimeSpan.FromSeconds(20), () => $"{dispatcher.Runs} run(s) in 20 s");

        await scheduler.Shutdown(waitForJobsToComplete: true, SyncHarness.Timeout());

        Assert.Equal(1, dispatcher.MaxRunning);
        // The trigger fires every 50 ms while each run takes 300 ms: runs follow one another, never overlap.
        Assert.True(dispatcher.Runs >= 3, $"only {dispatcher.Runs} runs in 20 s");
        await using var store = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout());
        var summary = Assert.Single(await store.JobRuns.SummariesAsync(SyncHarness.Timeout()));
        Assert.Equal(("survey-dispatch", dispatcher.Runs, JobOutcome.Succeeded), (summary.Job, summary.Succeeded, summary.Last.Outcome));
    }

    [Fact]
    public async Task SynchronizeAsync_SecondStartWithTheSameSettings_KeepsTheStoredTriggersAndAChangedOneIsReplaced()
    {
        await using var h = Create(Riyadh(2026, 12, 1, 9), more: s => s.AddQuartz(q => q.UseInMemoryStore().UseTimeProvider(TimeProvider.System)));
        var scheduler = await h.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(SyncHarness.Timeout());
        var settings = new ScheduleOptions { AnnualReport = "" };

        await SchedulerService.SynchronizeAsync(scheduler, settings, clustered: false, NullLogger.Instance, SyncHarness.Timeout());
        var first = await scheduler.GetTrigger(TarmeemJobs.Sync.TriggerKey, SyncHarness.Timeout());
        await Task.Delay(50);
        settings.MonthlyReport = "0 0 7 1 * ?";
        await SchedulerService.SynchronizeAsync(scheduler, settings, clustered: false, NullLogger.Instance, SyncHarness.Timeout());

        var kept = await scheduler.GetTrigger(TarmeemJobs.Sync.TriggerKey, SyncHarness.Timeout());
        Assert.Equal(first!.StartTimeUtc, kept!.StartTimeUtc);
        var monthly = (ICronTrigger)(await scheduler.GetTrigger(TarmeemJobs.MonthlyReport.TriggerKey, SyncHarness.Timeout()))!;
        Assert.Equal(("0 0 7 1 * ?", "Asia/Riyadh", (int)CronTriggerMisfireInstruction.FireAndProceed), (monthly.CronExpressionString, monthly.TimeZone.Id, monthly.MisfireInstructionCode));
        Assert.False(await scheduler.Exists(TarmeemJobs.AnnualReport.Key, SyncHarness.Timeout()));
        Assert.True(await scheduler.Exists(TarmeemJobs.Retention.Key, SyncHarness.Timeout()));
    }

    [Fact]
    public void Jobs_EveryScheduledJob_DisallowsConcurrentExecution()
    {
        Assert.All(TarmeemJobs.All, j => Assert.True(Attribute.IsDefined(j.JobType, typeof(DisallowConcurrentExecutionAttribute)), j.Name));
        Assert.Equal(TarmeemJobs.All.Count, TarmeemJobs.All.Select(j => j.Name).Distinct().Count());
    }

    [Fact]
    public void Validate_BadCronAndZone_NameTheKeys()
    {
        var result = new ScheduleOptionsValidator().Validate(null, new ScheduleOptions { TimeZone = "Mars/Olympus", MonthlyReport = "every month" });

        Assert.Contains(result.Failures!, f => f.StartsWith("Tarmeem:Schedule:TimeZone 'Mars/Olympus'", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Tarmeem:Schedule:MonthlyReport 'every month'", StringComparison.Ordinal));
        Assert.True(new ScheduleOptionsValidator().Validate(null, new ScheduleOptions()).Succeeded);
    }
}
