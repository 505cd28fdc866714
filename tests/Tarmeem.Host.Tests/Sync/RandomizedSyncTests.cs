using Tarmeem.GraphLoopback.Faults;

namespace Tarmeem.Host.Tests.Sync;

/// <summary>
/// Random sequences of inserts, updates, deletes, repeated lines, expired tokens, throttling and crashes (before a
/// page's commit and after it). After every completed sync the store must equal the server; after a crash, the next
/// sync must bring it there.
/// </summary>
public sealed class RandomizedSyncTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task SyncAsync_RandomChangesAndFaults_StoreConvergesToServer(int seed)
    {
        var random = new Random(seed);
        await using var harness = await SyncHarness.StartAsync(ListFixture.Sources(inquiries: false), pageSize: 7, maxRetries: 2);
        var live = new List<string>();
        var next = 1;
        for (var i = 0; i < 20; i++)
        {
            live.Add(harness.Lists.AddCase(next++, minutes: i));
        }

        for (var step = 0; step < 12; step++)
        {
            Mutate(harness, random, live, ref next);
            harness.Server.Settings.RepeatChangedItemsInDelta = random.Next(3) == 0;
            if (random.Next(5) == 0)
            {
                harness.Server.DeltaTokens.ExpireAll();
            }

            if (random.Next(4) == 0)
            {
                harness.Server.Faults.Inject("/items/delta", random.Next(2) == 0 ? GraphFault.Throttled("0.01") : GraphFault.ServiceUnavailable("0"), times: random.Next(1, 3));
            }

            if (random.Next(3) == 0)
            {
                // Before a commit only on a round's first page: the loopback cannot serve the same next link twice
                // (it answers 500), while real Graph can; a crash after a commit may come on any page.
                var afterCommit = random.Next(2) == 0;
                var crashing = new CrashingSyncState(harness.State, crashOnPage: afterCommit ? random.Next(1, 4) : 1, afterCommit);
                try
                {
                    await harness.SyncAsync(crashing);
                }
                catch (SimulatedCrashException)
                {
                    // The process died mid-sync; the next run must repair everything.
                }
            }

            var done = await SyncUntilDoneAsync(harness);
            Assert.True(
                done.Succeeded,
                $"seed {seed} step {step}: {done.Sources.Single().Error}; last requests: "
                + string.Join(" | ", harness.Server.Log.Entries.TakeLast(6).Select(e => e.Status + " " + Uri.UnescapeDataString(e.Target))));
            harness.Server.Faults.Clear();
            Assert.Equal(StoreComparison.Expected(harness, live), await StoreComparison.ActualAsync(harness));
        }
    }

    private static async Task<Tarmeem.Host.Sync.SyncSummary> SyncUntilDoneAsync(SyncHarness harness)
    {
        // Throttling may outlast the retries (a clean stop); the next run resumes. Bounded: faults are finite.
        for (var attempt = 0; ; attempt++)
        {
            var summary = await harness.SyncAsync();
            if (summary.Succeeded || attempt == 5)
            {
                return summary;
            }
        }
    }

    private static void Mutate(SyncHarness harness, Random random, List<string> live, ref int next)
    {
        var changes = random.Next(1, 15);
        for (var i = 0; i < changes; i++)
        {
            var action = live.Count == 0 ? 0 : random.Next(4);
            switch (action)
            {
                case 0:
                    live.Add(harness.Lists.AddCase(next++, minutes: random.Next(10_000)));
                    break;
                case 1:
                    var removed = live[random.Next(live.Count)];
                    harness.Lists.DeleteCase(removed);
                    live.Remove(removed);
                    break;
                default:
                    var item = live[random.Next(live.Count)];
                    var fields = harness.Server.SharePoint.GetFields(harness.Lists.SiteId, harness.Lists.CasesListId, item)!;
                    var number = int.Parse(fields["Title"]!.GetValue<string>()[2..], System.Globalization.CultureInfo.InvariantCulture);
                    var channel = random.Next(3) switch { 0 => "المقابلة", 1 => "واتساب", _ => "أخرى" };
                    harness.Lists.UpdateCase(item, number, channel, random.Next(10_000));
                    break;
            }
        }
    }
}
