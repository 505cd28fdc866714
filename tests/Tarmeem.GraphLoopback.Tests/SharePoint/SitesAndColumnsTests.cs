using Microsoft.Graph.Models.ODataErrors;
using Tarmeem.GraphLoopback.Tests.Support;

namespace Tarmeem.GraphLoopback.Tests.SharePoint;

public sealed class SitesAndColumnsTests
{
    [Fact]
    public async Task Site_ByHostnameAndPath_ResolvesToTheSeededId()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var seed = ListSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);

        var site = await client.Sites[ListSeed.Hostname + ":/sites/Cases:"].GetAsync(cancellationToken: ct);

        Assert.Equal(seed.SiteId, site!.Id);
        Assert.Equal("https://contoso.sharepoint.com/sites/Cases", site.WebUrl);
    }

    [Fact]
    public async Task Columns_ListByArabicTitle_ReturnsEncodedNamesAndTypeFacets()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var seed = ListSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);

        var columns = await client.Sites[seed.SiteId].Lists[ListSeed.ListTitle].Columns.GetAsync(cancellationToken: ct);

        var status = Assert.Single(columns!.Value!, c => c.DisplayName == "الحالة");
        Assert.Equal("_x0627__x0644__x062d__x0627__x06", status.Name);
        Assert.Equal(["مفتوحة", "مغلقة"], status.Choice!.Choices);
        Assert.NotNull(Assert.Single(columns.Value!, c => c.Name == seed.ReceivedColumn).DateTime);
        Assert.NotNull(Assert.Single(columns.Value!, c => c.Name == "Amount").Number);
        Assert.NotNull(Assert.Single(columns.Value!, c => c.Name == "Urgent").Boolean);
        Assert.NotNull(Assert.Single(columns.Value!, c => c.Name == "Author").PersonOrGroup);
        Assert.NotNull(Assert.Single(columns.Value!, c => c.Name == "BranchLookupId").Lookup);
    }

    [Fact]
    public async Task List_UnknownTitle_Gives404ODataError()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var seed = ListSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Sites[seed.SiteId].Lists["no such list"].GetAsync(cancellationToken: ct));

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("itemNotFound", error.Error!.Code);
    }
}
