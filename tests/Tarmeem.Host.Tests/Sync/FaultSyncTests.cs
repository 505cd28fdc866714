using Tarmeem.GraphLoopback.Faults;
using Tarmeem.Store;

namespace Tarmeem.Host.Tests.Sync;

public sealed class FaultSyncTests
{
    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("0.6", 0.6)]
    [InlineData(null, 0.04)]
    public async Task SyncAsync_Throttled_WaitsWhatRetryAfterSaysAndSucceeds(string? retryAfter, double waitSeconds)
    {
        await using var harness = await SyncHarness.StartAsync(ListFixture.Sources(inquiries: false));
        var ids = Enumerable.Range(1, 3).Select(i => harness.Lists.AddCase(i, minutes: i)).ToList();
        var rule = harness.Server.Faults.Inject("/items/delta", GraphFault.Throttled(retryAfter));

        var summary = await harness.SyncAsync();

        Assert.True(summary.Succeeded, summary.Sources.Single().Error);
        Assert.Equal(1, rule.Hits);
        var delta = harness.Server.Log.Entries.Where(e => e.Path.Contains("/items/delta", StringComparison.Ordinal)).ToList();
        Assert.Equal([429, 200], delta.Select(e => e.Status));
        // On the harness's jumping clock the wait the server sees is exactly the one the handler chose.
        Assert.Equal(TimeSpan.FromSeconds(waitSeconds), delta[1].Time - delta[0].Time);
        Assert.Equal(StoreComparison.Expected(harness, ids), await StoreComparison.ActualAsync(harness));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(504)]
    public async Task SyncAsync_UnavailableTwice_RetriesWithBackoffAndSucceeds(int status)
    {
        await using var harness = await SyncHarness.StartAsync(ListFixture.Sources(inquiries: false));
        harness.Lists.AddCase(1);
        var fault = status == 503 ? GraphFault.ServiceUnavailable() : GraphFault.GatewayTimeout();
        harness.Server.Faults.Inject("/items/delta", fault, times: 2);

        var summary = await harness.SyncAsync();

        Assert.True(summary.Succeeded, summary.Sources.Single().Error);
        Assert.Single((await harness.ReadAllAsync()).Cases);
        var delta = harness.Server.Log.Entries.Where(e => e.Path.Contains("/items/delta", StringComparison.Ordinal)).ToList();
        Assert.Equal([status, status, 200], delta.Select(e => e.Status));
        // Exponential: 40 ms, then 80 ms.
        Assert.Equal([TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(80)], [delta[1].Time - delta[0].Time, delta[2].Time - delta[1].Time]);
    }

    [Fact]
    public async Task SyncAsync_RetriesRunOutMidRound_StopsCleanlyKeepsSavedPagesAndNextRunResumes()
    {
        await using var harness = await SyncHarness.StartAsync(ListFixture.Sources(inquiries: false), pageSize: 10, maxRetries: 2);
        var ids = Enumerable.Range(1, 35).Select(i => harness.Lists.AddCase(i, minutes: i)).ToList();
        // The first page passes; every later page request is throttled until the retries run out.
        harness.Server.Faults.Inject(@"/items/delta\?token=", GraphFault.Throttled("0.05"), times: 3);

        var failed = await harness.SyncAsync();

        var cases = failed.Sources.Single();
        Assert.False(cases.Succeeded);
        Assert.Contains("throttled (429)", cases.Error, StringComparison.Ordinal);
        Assert.Contains("resumes", cases.Error, StringComparison.Ordinal);
        Assert.Equal(1, cases.Pages);
        Assert.Equal(10, (await harness.ReadAllAsync()).Cases.Count);
        var saved = await harness.State.GetCursorAsync("cases", CancellationToken.None);
        Assert.True(saved.FullRound);
        harness.Server.Log.Clear();

        var resumed = await harness.SyncAsync();

        Assert.True(resumed.Succeeded, resumed.Sources.Single().Error);
        Assert.Equal(25, resumed.Sources.Single().Counts.Added);
        Assert.Equal(3, harness.Server.Log.CountPath("/items/delta"));
        Assert.Equal(StoreComparison.Expected(harness, ids), await StoreComparison.ActualAsync(harness));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.PostgreSql)]
    public async Task SyncAsync_RetriesRunOutOnDeltaLink_DoesNotAdvanceTheTokenAndNextRunAppliesTheChanges(StoreProvider provider)
    {
        await using var harness = await SyncHarness.StartAsync(ListFixture.Sources(inquiries: false), maxRetries: 1, provider: provider);
        var ids = Enumerable.Range(1, 4).Select(i => harness.Lists.AddCase(i, minutes: i)).ToList();
        await harness.SyncAsync();
        var before = await harness.State.GetCursorAsync("cases", CancellationToken.None);
        harness.Lists.DeleteCase(ids[0]);
        harness.Lists.UpdateCase(ids[1], 2, "واتساب", 50);
        harness.Server.Faults.Inject("/items/delta", GraphFault.ServiceUnavailable("0"), times: 2);

        var failed = await harness.SyncAsync();

        Assert.Contains("unavailable (503)", failed.Sources.Single().Error, StringComparison.Ordinal);
        Assert.Equal(before, await harness.State.GetCursorAsync("cases", CancellationToken.None));
        Assert.Equal(4, (await harness.ReadAllAsync()).Cases.Count);

        var resumed = await harness.SyncAsync();

        Assert.Equal((0, 1, 1), (resumed.Sources.Single().Counts.Added, resumed.Sources.Single().Counts.Changed, resumed.Sources.Single().Counts.Deleted));
        Assert.Equal(StoreComparison.Expected(harness, ids.Skip(1)), await StoreComparison.ActualAsync(harness));
    }
}
