using Tarmeem.Core.Domain;
using Tarmeem.Store;
using Tarmeem.Store.Surveys;

namespace Tarmeem.Host.Tests.Sync;

public sealed class ListSyncTests
{
    [Fact]
    public async Task SyncAsync_FirstRun_PagesThroughEverythingAskingOnlyForMappedColumns()
    {
        await using var harness = await SyncHarness.StartAsync(pageSize: 200);
        var ids = Enumerable.Range(1, 450).Select(i => harness.Lists.AddCase(i, minutes: i)).ToList();
        harness.Lists.AddInquiry(5);

        var summary = await harness.SyncAsync();

        Assert.True(summary.Succeeded, string.Join("; ", summary.Sources.Select(s => s.Error)));
        var cases = summary.Sources.Single(s => s.Source == "cases");
        Assert.Equal((450, 0, 0, 0, 3), (cases.Counts.Added, cases.Counts.Changed, cases.Counts.Deleted, cases.Counts.Quarantined, cases.Pages));
        Assert.Equal(StoreComparison.Expected(harness, ids), await StoreComparison.ActualAsync(harness));
        var first = harness.Server.Log.Entries.First(e => e.Path.Contains(ListFixture.CasesTitle, StringComparison.Ordinal) && e.Path.Contains("/items/delta", StringComparison.Ordinal));
        var target = Uri.UnescapeDataString(first.Target);
        Assert.True(target.Contains("fields($select=Title," + ListFixture.Channel, StringComparison.Ordinal), target);
        Assert.DoesNotContain("NationalId", target, StringComparison.Ordinal);
        var inquiry = Assert.Single((await harness.ReadAllAsync()).Inquiries);
        Assert.Equal(Channel.Phone, inquiry.Channel);
        Assert.Equal(ListFixture.Start.AddMinutes(95), inquiry.FirstResponse);
    }

    [Fact]
    public async Task SyncAsync_SecondRunAfterChanges_AppliesExactlyThemInTwoRequestsPerList()
    {
        await using var harness = await SyncHarness.StartAsync();
        var ids = Enumerable.Range(1, 300).Select(i => harness.Lists.AddCase(i, minutes: i)).ToList();
        await harness.SyncAsync();
        for (var i = 0; i < 5; i++)
        {
            harness.Lists.UpdateCase(ids[i], i + 1, "واتساب", 1000 + i);
        }

        harness.Lists.DeleteCase(ids[10]);
        harness.Lists.DeleteCase(ids[11]);
        var live = ids.Except([ids[10], ids[11]]).ToList();
        live.AddRange(Enumerable.Range(301, 3).Select(i => harness.Lists.AddCase(i, minutes: i)));
        harness.Server.Log.Clear();

        var summary = await harness.SyncAsync();

        var cases = summary.Sources.Single(s => s.Source == "cases");
        Assert.Equal((3, 5, 2, 0), (cases.Counts.Added, cases.Counts.Changed, cases.Counts.Deleted, cases.Counts.Quarantined));
        Assert.Equal(StoreComparison.Expected(harness, live), await StoreComparison.ActualAsync(harness));
        Assert.Equal(2, Requests(harness, ListFixture.CasesTitle, harness.Lists.CasesListId));
        Assert.Equal(2, Requests(harness, ListFixture.InquiriesTitle, harness.Lists.InquiriesListId));
        Assert.Equal(Channel.SocialMedia, (await harness.ReadAllAsync()).Cases.Single(c => c.CaseNumber == ListFixture.CaseNumber(1)).Channel);
    }

    [Fact]
    public async Task SyncAsync_ContactEmailMapped_KeepsTheSurveyAddressAndForgetsItWithTheItem()
    {
        await using var harness = await SyncHarness.StartAsync(ListFixture.Sources(inquiries: false));
        var first = harness.Lists.AddCase(1);
        harness.Lists.AddCase(2);
        harness.Lists.AddCase(3);
        await harness.SyncAsync();
        await using var surveys = new SqlSurveyStore(harness.Records);

        var contacts = await surveys.ReadContactsAsync(SyncHarness.Timeout());
        harness.Lists.DeleteCase(first);
        await harness.SyncAsync();
        var after = await surveys.ReadContactsAsync(SyncHarness.Timeout());

        Assert.Equal(
            [(ListFixture.CaseNumber(1), "beneficiary1@example.org"), (ListFixture.CaseNumber(2), "beneficiary2@example.org"), (ListFixture.CaseNumber(3), null)],
            contacts.Values.OrderBy(c => c.SubjectId, StringComparer.Ordinal).Select(c => (c.SubjectId, c.EmailAddress)));
        Assert.All(contacts.Values, c => Assert.Equal(SurveySubjectKind.Case, c.SubjectKind));
        Assert.Equal([ListFixture.CaseNumber(2), ListFixture.CaseNumber(3)], after.Values.Select(c => c.SubjectId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SyncAsync_ItemListedTwiceInOneFeed_KeepsItsLastState()
    {
        await using var harness = await SyncHarness.StartAsync(ListFixture.Sources(inquiries: false));
        var id = harness.Lists.AddCase(1);
        harness.Lists.AddCase(2);
        await harness.SyncAsync();
        harness.Server.Settings.RepeatChangedItemsInDelta = true;
        harness.Lists.UpdateCase(id, 1, "الاتصالات الهاتفية", 10);
        harness.Lists.UpdateCase(id, 1, "واتساب", 20);

        var summary = await harness.SyncAsync();

        Assert.Equal(1, summary.Sources.Single().Counts.Changed);
        var stored = (await harness.ReadAllAsync()).Cases.Single(c => c.CaseNumber == ListFixture.CaseNumber(1));
        Assert.Equal(Channel.SocialMedia, stored.Channel);
        Assert.Equal(ListFixture.Start.AddMinutes(20), stored.Received);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.PostgreSql)]
    public async Task SyncAsync_ExpiredToken_ResyncsInFullAndRemovesWhatTheServerNoLongerHas(StoreProvider provider)
    {
        await using var harness = await SyncHarness.StartAsync(ListFixture.Sources(inquiries: false), pageSize: 50, provider: provider);
        var ids = Enumerable.Range(1, 120).Select(i => harness.Lists.AddCase(i, minutes: i)).ToList();
        await harness.SyncAsync();
        var gone = ids.Take(7).ToList();
        gone.ForEach(harness.Lists.DeleteCase);
        var live = ids.Skip(7).ToList();
        live.Add(harness.Lists.AddCase(500));
        harness.Lists.UpdateCase(live[0], 8, "واتساب", 999);
        harness.Server.DeltaTokens.ExpireAll();

        var summary = await harness.SyncAsync();

        var cases = summary.Sources.Single();
        Assert.True(cases.Succeeded, cases.Error);
        Assert.True(cases.FullRound);
        Assert.Equal(7, cases.Counts.Deleted);
        Assert.Equal(StoreComparison.Expected(harness, live), await StoreComparison.ActualAsync(harness));
        Assert.Contains(harness.ProgressLines, l => l.Contains("expired", StringComparison.Ordinal));

        // And the round after the resync is incremental again.
        harness.Lists.DeleteCase(live[^1]);
        harness.Server.Log.Clear();
        var next = await harness.SyncAsync();
        Assert.Equal(1, next.Sources.Single().Counts.Deleted);
        Assert.Equal(2, Requests(harness, ListFixture.CasesTitle, harness.Lists.CasesListId));
    }

    [Fact]
    public async Task SyncAsync_MissingColumn_StopsThatSourceNamingTheKeyWhileTheOtherSyncs()
    {
        var sources = ListFixture.Sources();
        sources.Inquiries!.Columns["Received"] = "RenamedAway";
        await using var harness = await SyncHarness.StartAsync(sources);
        harness.Lists.AddCase(1);
        harness.Lists.AddInquiry(1);

        var summary = await harness.SyncAsync();

        var inquiries = summary.Sources.Single(s => s.Source == "inquiries");
        Assert.False(inquiries.Succeeded);
        Assert.Contains("Tarmeem:Sources:Inquiries:Columns:Received", inquiries.Error, StringComparison.Ordinal);
        Assert.Contains("'RenamedAway'", inquiries.Error, StringComparison.Ordinal);
        Assert.True(summary.Sources.Single(s => s.Source == "cases").Succeeded);
        var stored = await harness.ReadAllAsync();
        Assert.Single(stored.Cases);
        Assert.Empty(stored.Inquiries);
    }

    [Fact]
    public async Task SyncAsync_DisplayNameInsteadOfInternalName_SaysWhichInternalNameToUse()
    {
        var sources = ListFixture.Sources(inquiries: false);
        sources.Cases!.Columns["Channel"] = "القناة";
        await using var harness = await SyncHarness.StartAsync(sources);

        var summary = await harness.SyncAsync();

        Assert.Contains("internal name '" + ListFixture.Channel + "'", summary.Sources.Single().Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncAsync_UnparseableValue_QuarantinesThatItemKeepsTheRestAndReleasesItWhenFixed()
    {
        await using var harness = await SyncHarness.StartAsync(ListFixture.Sources(inquiries: false));
        var ids = Enumerable.Range(1, 5).Select(i => harness.Lists.AddCase(i, minutes: i)).ToList();
        harness.Lists.UpdateCaseField(ids[2], "ReceivedAt", "الأسبوع الماضي");
        harness.Lists.UpdateCaseField(ids[3], ListFixture.Decision, "مؤجل");

        var summary = await harness.SyncAsync();

        var cases = summary.Sources.Single();
        Assert.Equal((3, 2), (cases.Counts.Added, cases.Counts.Quarantined));
        var stored = await harness.ReadAllAsync();
        Assert.Equal(3, stored.Cases.Count);
        Assert.Equal([ids[2], ids[3]], stored.Quarantined.Select(q => q.SourceId).Order());
        var reason = stored.Quarantined.Single(q => q.SourceId == ids[2]).Reason;
        Assert.Contains("Tarmeem:Sources:Cases:Columns:Received", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("الأسبوع", reason, StringComparison.Ordinal);
        Assert.Contains("Tarmeem:Sources:Cases:Decisions", stored.Quarantined.Single(q => q.SourceId == ids[3]).Reason, StringComparison.Ordinal);

        harness.Lists.UpdateCaseField(ids[2], "ReceivedAt", ListFixture.Start);
        await harness.SyncAsync();

        stored = await harness.ReadAllAsync();
        Assert.Equal(4, stored.Cases.Count);
        Assert.Equal(ids[3], Assert.Single(stored.Quarantined).SourceId);
    }

    /// <summary>Requests to a list, addressed by title (ours) or by id (Graph's links).</summary>
    private static int Requests(SyncHarness harness, string title, string id) =>
        harness.Server.Log.Count(e => e.Path.Contains("/lists/" + title + "/", StringComparison.Ordinal) || e.Path.Contains("/lists/" + id + "/", StringComparison.Ordinal));
}
