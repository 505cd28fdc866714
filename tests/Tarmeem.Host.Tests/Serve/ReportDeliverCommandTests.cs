using Tarmeem.Store.Sqlite;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tarmeem.GraphLoopback;
using Tarmeem.Host.Cli;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Host.Tests.Sync;

namespace Tarmeem.Host.Tests.Serve;

/// <summary><c>tarmeem report --deliver</c>: an operator sending a period by hand, as the scheduler would.</summary>
public sealed class ReportDeliverCommandTests
{
    [Fact]
    public async Task ReportDeliver_SamePeriodTwice_SecondRefusedNamingTheEarlierDeliveryUntilForced()
    {
        using var temp = new TempFolder();
        await using var graph = await GraphLoopbackServer.StartAsync(SyncHarness.Timeout());
        ServiceSettings.AddMailboxes(graph);
        var config = temp.Sub("tarmeem.json");
        await File.WriteAllTextAsync(config, ServiceSettings.Json(graph.BaseUrl, temp.Sub("data"), "http://127.0.0.1:5080"));
        string[] args = ["report", "--config", config, "--period", "2026-10", "--out", temp.Sub("reports"), "--deliver"];

        var first = await CliRun.WithGraphAsync(graph, args);
        var second = await CliRun.WithGraphAsync(graph, args);
        var forced = await CliRun.WithGraphAsync(graph, [.. args, "--force"]);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Delivered the management report for 2026-10 to 1 recipients (1 files).", first.Output, StringComparison.Ordinal);
        Assert.Equal(CommandRunner.InputError, second.ExitCode);
        Assert.Contains(
            "error: The management report for 2026-10 was already delivered on 2026-11-24 10:00 (Riyadh time) to 1 recipients; it is not sent again. To send it once more, deliver it with --force.",
            second.Error,
            StringComparison.Ordinal);
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Equal(2, graph.Mail.Sent.Count(m => m.UserId == "u-reports"));
    }

    [Fact]
    public async Task Report_ForceWithoutDeliver_RefusedBeforeWritingAnything()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("report", "--data", temp.Sub("data"), "--out", temp.Sub("reports"), "--force");

        Assert.Equal(CommandRunner.InputError, run.ExitCode);
        Assert.Contains("--force only makes sense with --deliver.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Sub("reports")));
    }

    [Fact]
    public async Task ReportDeliver_ADeliveryUnderWayOnAnotherNode_ExitsBusyBeforeWritingAnything()
    {
        using var temp = new TempFolder();
        await using var graph = await GraphLoopbackServer.StartAsync(SyncHarness.Timeout());
        ServiceSettings.AddMailboxes(graph);
        var config = temp.Sub("tarmeem.json");
        await File.WriteAllTextAsync(config, ServiceSettings.Json(graph.BaseUrl, temp.Sub("data"), "http://127.0.0.1:5080"));
        var node = new FileJobLock(Path.Combine(temp.Sub("data"), "locks"), "web-1-812", new FakeTimeProvider(CliRun.Now));
        await using var held = await node.TryAcquireAsync(JobLocks.ReportDelivery, SyncHarness.Timeout());

        var run = await CliRun.WithGraphAsync(graph, "report", "--config", config, "--period", "2026-10", "--out", temp.Sub("reports"), "--deliver");

        Assert.Equal(CommandRunner.Busy, run.ExitCode);
        Assert.Contains("error: a report delivery is running on node web-1-812 since 2026-11-24 07:00:00 UTC; try again later.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Sub("reports")));
        Assert.Empty(graph.Mail.Sent);
    }
}
