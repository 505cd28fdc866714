using Tarmeem.GraphLoopback.Faults;
using Tarmeem.Host.Scheduling;
using Xunit.Abstractions;

namespace Tarmeem.Host.Tests.Serve.Nodes;

/// <summary>
/// Issue 12's failover check on real processes: the node delivering the board report dies with <c>kill -9</c> after its
/// e-mail went out and before it heard so; the other node finishes the delivery, and the board gets one e-mail.
/// </summary>
public sealed class ServeNodeFailoverTests(ITestOutputHelper output)
{
    private const string SendMail = "^/users/[^/]+/sendMail$";

    [Fact]
    public async Task NodeKilledWhileTheBoardMailIsUnanswered_TheOtherNodeFinishesTheDelivery_OneMailOneDeliveredRow()
    {
        var release = new TaskCompletionSource();
        FaultRule? held = null;
        // The quarterly board report every second: whichever node fires first sends, and its answer never comes.
        await using var nodes = await TwoServeNodes.StartAsync(
            new Dictionary<string, string> { ["QuarterlyReport"] = "* * * * * ?" },
            graph => held = graph.Faults.Inject(SendMail, AfterWorkFault.AnswerHeld(release.Task), method: "POST"));
        try
        {
            await Eventually.HoldsAsync(() => held!.Hits == 1, TimeSpan.FromSeconds(60), () => "no node sent the board report:\n" + nodes.A.Output + nodes.B.Output);
            var running = await RunningAsync(nodes);
            var dying = nodes.Nodes.Single(n => n.Name == running);
            var survivor = nodes.Nodes.Single(n => n.Name != running);
            dying.Kill();
            var killedAt = DateTimeOffset.UtcNow;
            release.SetResult();

            await Eventually.HoldsAsync(
                async () => (await nodes.RowsAsync("SELECT state FROM report_deliveries")).SequenceEqual(["Delivered"]),
                TimeSpan.FromSeconds(60),
                () => "the survivor did not finish the delivery:\n" + survivor.Output);
            var failover = DateTimeOffset.UtcNow - killedAt;
            // The run's own row is closed a moment after the delivery log's.
            await Eventually.HoldsAsync(
                async () => (await nodes.JobRunsAsync(TarmeemJobs.QuarterlyReport.Name)).Any(r => r.Node == survivor.Name && r.FinishedAt is not null),
                TimeSpan.FromSeconds(30),
                () => "the survivor's run did not finish:\n" + survivor.Output);

            Assert.Single(nodes.Graph.Mail.Sent);
            Assert.Equal(["board@tarmeem.example"], nodes.Graph.Mail.Sent[0].Recipients);
            Assert.Single(nodes.Graph.Log.Entries, e => e.Method == "POST" && e.Path.EndsWith("/sendMail", StringComparison.Ordinal));
            Assert.Equal(["board 1 1"], await nodes.RowsAsync("SELECT kind || ' ' || deliveries || ' ' || attempts FROM report_deliveries"));
            var runs = await nodes.JobRunsAsync(TarmeemJobs.QuarterlyReport.Name);
            Assert.Equal($"{running} Interrupted", $"{runs[0].Node} {runs[0].Outcome}");
            Assert.Contains(runs, r => r.Node == survivor.Name && r.Outcome == "Succeeded" && r.Message!.StartsWith("Found the e-mail of an interrupted delivery", StringComparison.Ordinal));
            output.WriteLine($"failover after kill -9: the delivery was recorded {failover.TotalSeconds:0.0} s later");
        }
        finally
        {
            release.TrySetResult();
        }
    }

    /// <summary>The node whose run of the quarterly report is under way.</summary>
    private static async Task<string> RunningAsync(TwoServeNodes nodes)
    {
        var runs = await nodes.JobRunsAsync(TarmeemJobs.QuarterlyReport.Name);
        return Assert.Single(runs, r => r.Outcome == "Running").Node;
    }
}
