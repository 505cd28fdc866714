
namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SqliteDeliveryLogTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Migration5_DeliveredRowOfVersion4_StaysDeliveredWithTheTagOfItsLastDelivery()
    {
        using var folder = new TempStoreFolder();
        Directory.CreateDirectory(folder.DataDirectory);
        using (var connection = folder.OpenRawConnection())
        {
            await SchemaMigrator.ApplyAsync(connection, [.. SchemaMigrations.All.Take(4)], TimeProvider.System, folder.Location, CancellationToken.None);
            RawSql.Execute(connection, $"INSERT INTO report_deliveries VALUES ('board', '2026-Q3', {At.ToUnixTimeMilliseconds()}, 2, 3, 'a.docx\na.xlsx', 'Reports/2026/2026-Q3');");
        }

        await using var store = await folder.OpenAsync();
        var row = await new SqlDeliveryLog(store).FindAsync("board", "2026-Q3", CancellationToken.None);

        Assert.Equal(
            (DeliveryState.Delivered, "report:board:2026-Q3:2", At, 1, (DateTimeOffset?)At, 2, 3, "Reports/2026/2026-Q3"),
            (row!.State, row.MailTag, row.IntendedAt, row.Attempts, row.DeliveredAt, row.Deliveries, row.Recipients, row.LibraryFolder));
        Assert.Equal(["a.docx", "a.xlsx"], row.Files);
        Assert.Empty(row.SourceFiles);
    }

    [Fact]
    public async Task IntendAsync_UnfinishedDeliveryAgain_KeepsItsTagAndAttempts()
    {
        using var folder = new TempStoreFolder();
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
        using var folder = new TempStoreFolder();
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
        using var folder = new TempStoreFolder();
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
}
