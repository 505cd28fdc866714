using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Sites.Item.Lists.Item.Items.Delta;
using Tarmeem.GraphLoopback.Tests.Support;

namespace Tarmeem.GraphLoopback.Tests.SharePoint;

public sealed class ListItemsDeltaTests
{
    [Fact]
    public async Task Delta_ThousandItemsWithPageIterator_YieldsEveryItemOnceAndADeltaLink()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var seed = ListSeed.Create(server, 1000);
        using var client = LoopbackGraph.Client(server);

        var first = await client.Sites[seed.SiteId].Lists[seed.ListId].Items.Delta.GetAsDeltaGetResponseAsync(
            c => c.QueryParameters.Expand = ["fields($select=Title," + seed.StatusColumn + ")"], ct);
        var ids = new List<string>();
        var iterator = PageIterator<ListItem, DeltaGetResponse>.CreatePageIterator(client, first!, item =>
        {
            ids.Add(item.Id!);
            return true;
        });
        await iterator.IterateAsync(ct);

        Assert.Equal(1000, ids.Distinct().Count());
        Assert.Equal(1000, ids.Count);
        Assert.Contains("items/delta?token=", iterator.Deltalink, StringComparison.Ordinal);
        Assert.Equal(5, server.Log.CountPath("/items/delta"));
        var firstTarget = server.Log.Entries[0].Target;
        // What the SDK actually sends: the function with parentheses, '$' restored in names, values percent-encoded.
        Assert.Contains("/items/delta()?$expand=fields%28%24select%3DTitle%2C_x0627__x0644_", firstTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delta_ExpandFieldsSelect_ReturnsOnlySelectedFieldsTyped()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var seed = ListSeed.Create(server, 3);
        using var client = LoopbackGraph.Client(server);

        var page = await client.Sites[seed.SiteId].Lists[seed.ListId].Items.Delta.GetAsDeltaGetResponseAsync(
            c => c.QueryParameters.Expand = ["fields($select=Title,Amount,Urgent,BranchLookupId," + seed.ReceivedColumn + ")"], ct);

        var fields = page!.Value![0].Fields!.AdditionalData;
        Assert.Equal(["@odata.etag", "Title", "Amount", "Urgent", "BranchLookupId", seed.ReceivedColumn], fields.Keys);
        Assert.Equal(1250.5m, fields["Amount"]);
        Assert.Equal(false, fields["Urgent"]);
        Assert.Equal("3", fields["BranchLookupId"]);
        Assert.IsType<DateTime>(fields[seed.ReceivedColumn]);
    }

    [Fact]
    public async Task Delta_SecondRound_ReturnsOnlyChangesWithDeletedFacetInOneRequest()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var seed = ListSeed.Create(server, 10);
        using var client = LoopbackGraph.Client(server);
        var items = client.Sites[seed.SiteId].Lists[seed.ListId].Items;
        var firstRound = await items.Delta.GetAsDeltaGetResponseAsync(c => c.QueryParameters.Expand = ["fields"], ct);
        Assert.Equal(10, firstRound!.Value!.Count);

        server.SharePoint.UpdateItem(seed.SiteId, seed.ListId, "2", new Dictionary<string, object?> { [seed.StatusColumn] = "مغلقة" });
        server.SharePoint.DeleteItem(seed.SiteId, seed.ListId, "5");
        var added = server.SharePoint.AddItem(seed.SiteId, seed.ListId, new Dictionary<string, object?> { ["Title"] = "CASE-NEW" });
        server.Log.Clear();
        var second = await items.Delta.WithUrl(firstRound.OdataDeltaLink!).GetAsDeltaGetResponseAsync(cancellationToken: ct);

        Assert.Equal(["2", "5", added], second!.Value!.Select(i => i.Id));
        Assert.Equal("مغلقة", second.Value![0].Fields!.AdditionalData[seed.StatusColumn]);
        var deleted = second.Value[1];
        Assert.Null(deleted.Fields);
        Assert.Equal("deleted", deleted.Deleted?.State);
        Assert.NotNull(second.OdataDeltaLink);
        Assert.Equal(1, server.Log.Count(e => !e.InBatch));
    }

    [Fact]
    public async Task Delta_RepeatChangedItemsEnabled_ListsAnItemChangedTwiceTwice()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var seed = ListSeed.Create(server, 2);
        server.Settings.RepeatChangedItemsInDelta = true;
        using var client = LoopbackGraph.Client(server);
        var items = client.Sites[seed.SiteId].Lists[seed.ListId].Items;
        var firstRound = await items.Delta.GetAsDeltaGetResponseAsync(cancellationToken: ct);

        server.SharePoint.UpdateItem(seed.SiteId, seed.ListId, "1", new Dictionary<string, object?> { ["Title"] = "a" });
        server.SharePoint.UpdateItem(seed.SiteId, seed.ListId, "1", new Dictionary<string, object?> { ["Title"] = "b" });
        var second = await items.Delta.WithUrl(firstRound!.OdataDeltaLink!).GetAsDeltaGetResponseAsync(cancellationToken: ct);

        Assert.Equal(["1", "1"], second!.Value!.Select(i => i.Id));
    }

    [Fact]
    public async Task Delta_ExpiredToken_SurfacesODataError410WithLocationThatRestarts()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var seed = ListSeed.Create(server, 4);
        using var client = LoopbackGraph.Client(server);
        var items = client.Sites[seed.SiteId].Lists[seed.ListId].Items;
        var firstRound = await items.Delta.GetAsDeltaGetResponseAsync(c => c.QueryParameters.Expand = ["fields($select=Title)"], ct);
        Assert.True(server.DeltaTokens.Expire(firstRound!.OdataDeltaLink!));

        var error = await Assert.ThrowsAsync<ODataError>(() => items.Delta.WithUrl(firstRound.OdataDeltaLink!).GetAsDeltaGetResponseAsync(cancellationToken: ct));

        Assert.Equal(410, error.ResponseStatusCode);
        Assert.Equal("resyncRequired", error.Error!.Code);
        var location = Assert.Single(error.ResponseHeaders["Location"]);
        var restart = await items.Delta.WithUrl(location).GetAsDeltaGetResponseAsync(cancellationToken: ct);
        Assert.Equal(4, restart!.Value!.Count);
        Assert.Equal(["@odata.etag", "Title"], restart.Value[0].Fields!.AdditionalData.Keys);
    }

    [Fact]
    public async Task Delta_TopAndDeltaWithTokenFunction_PagesAndResumes()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var seed = ListSeed.Create(server, 5);
        using var client = LoopbackGraph.Client(server);
        var items = client.Sites[seed.SiteId].Lists[seed.ListId].Items;

        var page = await items.Delta.GetAsDeltaGetResponseAsync(c => c.QueryParameters.Top = 2, ct);
        Assert.Equal(2, page!.Value!.Count);
        Assert.NotNull(page.OdataNextLink);
        while (page!.OdataNextLink is { } next)
        {
            page = await items.Delta.WithUrl(next).GetAsDeltaGetResponseAsync(cancellationToken: ct);
        }

        server.SharePoint.DeleteItem(seed.SiteId, seed.ListId, "3");
        var deltaLink = page!.OdataDeltaLink!;
        var token = deltaLink[(deltaLink.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        var changes = await items.DeltaWithToken(token).GetAsDeltaWithTokenGetResponseAsync(cancellationToken: ct);

        Assert.Equal(["3"], changes!.Value!.Select(i => i.Id));
    }
}
