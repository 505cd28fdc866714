using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Tarmeem.Store;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Host.Tests.Alerts;

/// <summary>The real job in a real (in-memory) Quartz scheduler, sending through the loopback Graph server.</summary>
public sealed class MorningAlertJobTests
{
    [Fact]
    public async Task MorningAlertJob_FiredByQuartz_SendsThroughTheServiceAndRecordsTheRun()
    {
        await using var h = await AlertHarness.StartAsync();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(h.Clock)
            .AddSingleton(Options.Create(new TarmeemOptions { Data = new DataOptions { Directory = h.DataDirectory } }))
            .AddTarmeemStore()
            .AddSingleton(Options.Create(new ScheduleOptions()))
            .AddJobLocks()
            .AddSingleton<JobRunRecorder>()
            .AddSingleton(_ => h.Service())
            .AddQuartz(q => q.UseInMemoryStore().UseTimeProvider(TimeProvider.System));
        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(SyncHarness.Timeout());
        var job = JobBuilder.Create().OfType<MorningAlertJob>().WithIdentity(TarmeemJobs.MorningAlert.Key).Build();
        await scheduler.ScheduleJob(job, TriggerBuilder.Create().ForJob(job).StartNow().Build(), new ScheduleJobOptions(), SyncHarness.Timeout());

        await scheduler.Start(SyncHarness.Timeout());
        await Eventually.HoldsAsync(() => h.Server.Mail.Sent.Count >= 2, TimeSpan.FromSeconds(20), () => $"{h.Server.Mail.Sent.Count} alert(s) sent");

        await scheduler.Shutdown(waitForJobsToComplete: true, SyncHarness.Timeout());

        Assert.Equal(2, h.Server.Mail.Sent.Count);
        await using var store = await provider.GetRequiredService<IStoreFactory>().OpenAsync(StoreArea.Live, SyncHarness.Timeout());
        var run = Assert.Single(await store.JobRuns.SummariesAsync(SyncHarness.Timeout()));
        Assert.Equal(("morning-alert", JobOutcome.Succeeded), (run.Job, run.Last.Outcome));
    }
}
