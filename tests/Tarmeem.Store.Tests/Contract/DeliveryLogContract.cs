using Tarmeem.Store.Delivery;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Store.Tests.Contract;

/// <summary>The delivery and job-run logs' behaviour every provider must show; a provider's fixture subclasses it.</summary>
public abstract class DeliveryLogContract
{
    protected static readonly DateTimeOffset At = new(2026, 11, 1, 5, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, empty store of the provider under test.</summary>
    protected abstract IStoreUnderTest NewStore();

    [Fact]
    public async Task IntendAsync_UnfinishedDeliveryAgain_KeepsItsTagAndAttempts()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var log = new SqlDeliveryLog(store);

        var first = await log.IntendAsync("management", "2026-10", At, 2, ["/r/a.xlsx"], again: false, CancellationToken.None);
        await log.BeginAttemptAsync("management", "2026-10", CancellationToken.None);
        var resumed = await log.IntendAsync("management", "2026-10", At.AddHours(1), 2, ["/r/b.xlsx"], again: false, CancellationToken.None);

        Assert.Equal((DeliveryState.Intended, "report:management:2026-10:1", 0, (DateTimeOffset?)null), (first.State, first.MailTag, first.Attempts, first.DeliveredAt));
        Assert.Equal(("report:management:2026-10:1", 1, At), (resumed.MailTag, resumed.Attempts, resumed.IntendedAt));
        Assert.Equal(["/r/b.xlsx"], resumed.SourceFiles);
        Assert.Single(await log.UnfinishedAsync(CancellationToken.None));
        Assert.Empty(await log.RecentAsync(5, CancellationToken.None));
    }

    [Fact]
    public async Task IntendAsync_DeliveredRow_IsLeftAloneUnlessAgainWhichStartsANewTag()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var log = new SqlDeliveryLog(store);
        await log.IntendAsync("management", "2026-10", At, 2, ["/r/a.xlsx"], again: false, CancellationToken.None);
        await log.BeginAttemptAsync("management", "2026-10", CancellationToken.None);
        var done = await log.CompleteAsync("management", "2026-10", At.AddMinutes(1), ["a.xlsx"], null, CancellationToken.None);
        var twice = await log.CompleteAsync("management", "2026-10", At.AddMinutes(2), ["a.xlsx"], null, CancellationToken.None);

        var untouched = await log.IntendAsync("management", "2026-10", At.AddDays(1), 2, ["/r/a.xlsx"], again: false, CancellationToken.None);
        var forced = await log.IntendAsync("management", "2026-10", At.AddDays(1), 2, ["/r/a.xlsx"], again: true, CancellationToken.None);

        Assert.Equal((DeliveryState.Delivered, 1, (DateTimeOffset?)At.AddMinutes(1)), (done.State, done.Deliveries, done.DeliveredAt));
        Assert.Equal((1, (DateTimeOffset?)At.AddMinutes(1)), (twice.Deliveries, twice.DeliveredAt));
        Assert.Equal((DeliveryState.Delivered, "report:management:2026-10:1"), (untouched.State, untouched.MailTag));
        Assert.Equal((DeliveryState.Intended, "report:management:2026-10:2", 0, 1), (forced.State, forced.MailTag, forced.Attempts, forced.Deliveries));
        Assert.Equal((DateTimeOffset?)At.AddMinutes(1), forced.DeliveredAt);
    }

    [Fact]
    public async Task CloseInterruptedAsync_RunningRows_BecomeInterruptedAndFirstStartIsKept()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var runs = new SqlJobRunLog(store);
        Assert.Null(await runs.FirstServiceStartAsync(CancellationToken.None));
        await runs.RecordServiceStartAsync(At, CancellationToken.None);
        await runs.RecordServiceStartAsync(At.AddDays(3), CancellationToken.None);
        var finished = await runs.StartAsync("sync", "node-a", At, CancellationToken.None);
        await runs.FinishAsync(finished, At.AddMinutes(1), JobOutcome.Succeeded, null, CancellationToken.None);
        await runs.StartAsync("report-monthly", "node-a", At.AddDays(2), CancellationToken.None);

        var closed = await runs.CloseInterruptedAsync(At.AddDays(3), "stopped", CancellationToken.None);

        Assert.Equal(1, closed);
        Assert.Equal(At, await runs.FirstServiceStartAsync(CancellationToken.None));
        var summaries = (await runs.SummariesAsync(CancellationToken.None)).ToDictionary(s => s.Job);
        Assert.Equal((JobOutcome.Interrupted, "stopped"), (summaries["report-monthly"].Last.Outcome, summaries["report-monthly"].Last.Message));
        Assert.Equal(JobOutcome.Succeeded, summaries["sync"].Last.Outcome);
    }

    [Fact]
    public async Task IntendAndComplete_TwoNodesAtOnce_OneDeliveryOneTagOneCount()
    {
        await using var folder = NewStore();
        // Two stores on one database, each with its own connections: two serve nodes.
        await using var nodeA = await folder.OpenAsync();
        await using var nodeB = await folder.OpenAsync();
        var (logA, logB) = (new SqlDeliveryLog(nodeA), new SqlDeliveryLog(nodeB));

        for (var month = 1; month <= 12; month++)
        {
            var period = $"2026-{month:00}";
            var intended = await Task.WhenAll(
                Task.Run(() => logA.IntendAsync("board", period, At, 2, ["/r/a.docx"], again: false, CancellationToken.None)),
                Task.Run(() => logB.IntendAsync("board", period, At, 2, ["/r/a.docx"], again: false, CancellationToken.None)));
            var completed = await Task.WhenAll(
                Task.Run(() => logA.CompleteAsync("board", period, At.AddMinutes(1), ["a.docx"], null, CancellationToken.None)),
                Task.Run(() => logB.CompleteAsync("board", period, At.AddMinutes(1), ["a.docx"], null, CancellationToken.None)));
            var forced = await Task.WhenAll(
                Task.Run(() => logA.IntendAsync("board", period, At.AddDays(1), 2, ["/r/a.docx"], again: true, CancellationToken.None)),
                Task.Run(() => logB.IntendAsync("board", period, At.AddDays(1), 2, ["/r/a.docx"], again: true, CancellationToken.None)));

            Assert.Equal([$"report:board:{period}:1"], intended.Select(d => d.MailTag).Distinct());
            Assert.Equal([1], completed.Select(d => d.Deliveries).Distinct());
            Assert.Equal([$"report:board:{period}:2"], forced.Select(d => d.MailTag).Distinct());
        }

        Assert.Equal(12, (await logA.UnfinishedAsync(CancellationToken.None)).Count);
    }
}
