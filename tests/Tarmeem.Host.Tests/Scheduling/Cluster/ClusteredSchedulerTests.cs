using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tarmeem.Store.PostgreSql;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Testing.Postgres;
using Tarmeem.Testing.Processes;

namespace Tarmeem.Host.Tests.Scheduling.Cluster;

/// <summary>Two real schedulers, each its own node, clustered on one throwaway PostgreSQL database.</summary>
public sealed class ClusteredSchedulerTests
{
    private static int databases;

    [Fact]
    public async Task TwoNodes_JobEverySecondFor6Seconds_EachFiringRunsOnceAndNeverTwoAtOnce()
    {
        using var shared = new TempFolder();
        var connectionString = await FreshDatabaseAsync();
        var dispatcher = new SlowDispatcher(TimeSpan.FromMilliseconds(300));
        await using var a = ClusterNodes.Create("node-a", connectionString, shared.Sub("data"), "* * * * * ?", dispatcher);
        await using var b = ClusterNodes.Create("node-b", connectionString, shared.Sub("data"), "* * * * * ?", dispatcher);
        var first = a.Services.GetRequiredService<SchedulerService>();
        var second = b.Services.GetRequiredService<SchedulerService>();
        await first.StartAsync(SyncHarness.Timeout());
        await second.StartAsync(SyncHarness.Timeout());
        var started = DateTimeOffset.UtcNow;

        await Task.Delay(TimeSpan.FromSeconds(6));
        await first.StopAsync(SyncHarness.Timeout());
        await second.StopAsync(SyncHarness.Timeout());
        var seconds = (DateTimeOffset.UtcNow - started).TotalSeconds;

        Assert.Equal(1, dispatcher.MaxRunning);
        // One firing a second; were both nodes to fire each, there would be about twice as many.
        Assert.InRange(dispatcher.Runs, 3, (int)Math.Ceiling(seconds) + 1);
    }

    [Fact]
    public async Task NodeKilledMidJob_JobRequestsRecovery_TheSurvivorRunsItAgainWithinCheckinPlusThreshold()
    {
        using var shared = new TempFolder();
        var connectionString = await FreshDatabaseAsync();
        var data = shared.Sub("data");
        var marker = Path.Combine(shared.Path, "started");
        // One firing only, set by node-a once it is up: a later run on the survivor can only be the recovery of this one.
        using var dying = DotnetChild.Start(
            typeof(ClusterNodeProgram).Assembly.Location, [ClusterNodeProgram.Verb, connectionString, "node-a", data, marker]);
        await Eventually.HoldsAsync(() => File.Exists(marker), TimeSpan.FromSeconds(60), () => "node-a never started the job:\n" + dying.Output);
        var cron = await File.ReadAllTextAsync(marker);

        var survivorDispatcher = new SlowDispatcher(TimeSpan.Zero);
        await using var survivor = ClusterNodes.Create("node-b", connectionString, data, cron, survivorDispatcher);
        var service = survivor.Services.GetRequiredService<SchedulerService>();
        await service.StartAsync(SyncHarness.Timeout());
        dying.Kill();
        var killedAt = DateTimeOffset.UtcNow;
        await Eventually.HoldsAsync(() => survivorDispatcher.Runs > 0, TimeSpan.FromSeconds(60), () => "node-b never ran the job again");
        var delay = DateTimeOffset.UtcNow - killedAt;
        await Task.Delay(TimeSpan.FromSeconds(2));
        await service.StopAsync(SyncHarness.Timeout());

        Assert.Equal(1, survivorDispatcher.Runs);
        // Quartz takes a node for dead after its check-in interval plus the threshold (1 s + 2 s here), then recovers.
        Assert.True(delay < TimeSpan.FromSeconds(15), $"recovered after {delay.TotalSeconds:0.0} s");
        // node-a's row, left Running, was closed as Interrupted when node-b started the job again.
        Assert.Equal(["node-a Interrupted", "node-b Succeeded"], await RunsAsync(connectionString, TarmeemJobs.SurveyDispatch.Name));
        Console.WriteLine($"recovery delay after kill -9: {delay.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task Status_TwoLiveNodesAndOneSilent_ListsEveryNodeItsCheckinAndWhichNodeRanTheJob()
    {
        using var shared = new TempFolder();
        var connectionString = await FreshDatabaseAsync();
        var data = shared.Sub("data");
        var dispatcher = new SlowDispatcher(TimeSpan.FromMilliseconds(100));
        await using var a = ClusterNodes.Create("node-a", connectionString, data, "* * * * * ?", dispatcher);
        await using var b = ClusterNodes.Create("node-b", connectionString, data, "* * * * * ?", dispatcher);
        var first = a.Services.GetRequiredService<SchedulerService>();
        var second = b.Services.GetRequiredService<SchedulerService>();
        await first.StartAsync(SyncHarness.Timeout());
        await second.StartAsync(SyncHarness.Timeout());
        await Eventually.HoldsAsync(() => dispatcher.Runs >= 2, TimeSpan.FromSeconds(30), () => "the job never ran twice");
        var config = Path.Combine(shared.Path, "settings.json");
        await File.WriteAllTextAsync(config, $$"""
            { "Tarmeem": {
                "Data": { "Provider": "PostgreSql", "ConnectionString": "{{connectionString}}", "Directory": "{{data}}" },
                "Schedule": { "TimeZone": "UTC", "Sync": "", "MonthlyReport": "", "QuarterlyReport": "", "AnnualReport": "", "Retention": "", "ReviewReminders": "",
                              "SurveyDispatch": "* * * * * ?", "Cluster": { "CheckinInterval": "00:00:01", "CheckinMisfireThreshold": "00:00:02" } } } }
            """);

        var live = await CliRun.InvokeAsync(s => s.AddSingleton(TimeProvider.System), "status", "--config", config);
        await first.StopAsync(SyncHarness.Timeout());
        await second.StopAsync(SyncHarness.Timeout());
        // Once the others stopped (a live node would recover it at once): a node that stopped checking in a minute ago.
        await AddSilentNodeAsync(connectionString, "node-gone", DateTimeOffset.UtcNow.AddMinutes(-1));
        var later = await CliRun.InvokeAsync(s => s.AddSingleton(TimeProvider.System), "status", "--config", config);

        Assert.True(live.ExitCode == 0, live.Error);
        Assert.Contains("Scheduler store: the PostgreSQL schema quartz, clustered", live.Output, StringComparison.Ordinal);
        Assert.Matches(@"  node-a — last check-in \d{4}-\d\d-\d\d \d\d:\d\d:\d\d, every 1 s: alive", live.Output);
        Assert.Matches(@"  node-b — last check-in \d{4}-\d\d-\d\d \d\d:\d\d:\d\d, every 1 s: alive", live.Output);
        Assert.Matches(@"survey-dispatch — [^\n]*\n  schedule: \* \* \* \* \* \?   next run: [^\n]*\n  last run: [^\n]* on node node-[ab] — ", live.Output);
        Assert.True(later.ExitCode == 0, later.Error);
        Assert.Matches(@"  node-gone — last check-in [^\n]*: LOST", later.Output);
    }

    /// <summary>A node row as Quartz writes it (check-in in .NET ticks, interval in ms) that stopped checking in: a dead node not yet recovered.</summary>
    private static async Task AddSilentNodeAsync(string connectionString, string node, DateTimeOffset lastCheckin)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO quartz.qrtz_scheduler_state (sched_name, instance_name, last_checkin_time, checkin_interval) VALUES ('tarmeem', @node, @at, 1000);",
            connection);
        command.Parameters.AddWithValue("node", node);
        command.Parameters.AddWithValue("at", lastCheckin.UtcTicks);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Each run of the job as "node outcome", oldest first, straight from the shared store's tables.</summary>
    private static async Task<List<string>> RunsAsync(string connectionString, string job)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = PostgreSqlDataSources.LiveSchema, Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT node || ' ' || outcome FROM job_runs WHERE job = @job ORDER BY id;", connection);
        command.Parameters.AddWithValue("job", job);
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<string>();
        while (await reader.ReadAsync())
        {
            runs.Add(reader.GetString(0));
        }

        return runs;
    }

    /// <summary>A database of its own for each test: the nodes one test leaves in Quartz's tables must not meet the next test's.</summary>
    private static async Task<string> FreshDatabaseAsync() =>
        await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync($"scheduling_{Interlocked.Increment(ref databases)}", CancellationToken.None);
}
