using Tarmeem.Host.Alerts;
using Tarmeem.Host.Sync;

namespace Tarmeem.Host.Tests.Alerts;

public sealed class CaseLinksTests
{
    private static readonly Dictionary<string, string> Items = new() { ["J-101"] = "17" };

    [Fact]
    public void For_SiteUrlAndListId_ListFormOfTheItem()
    {
        var links = new CaseLinks(new AlertOptions(), new ListSourceOptions { Site = "https://contoso.sharepoint.com/sites/Relations/", List = "3f2504e0-4f89-11d3-9a0c-0305e82c3301" });

        Assert.Equal(
            "https://contoso.sharepoint.com/sites/Relations/_layouts/15/listform.aspx?PageType=4&ListId=%7B3f2504e0-4f89-11d3-9a0c-0305e82c3301%7D&ID=17",
            links.For(Items)["J-101"].AbsoluteUri);
    }

    [Fact]
    public void For_ListByTitleAndNoPattern_NoLinks()
    {
        var links = new CaseLinks(new AlertOptions(), new ListSourceOptions { Site = "https://contoso.sharepoint.com/sites/Relations", List = "سجل الحالات" });

        Assert.False(links.CanLink);
        Assert.Empty(links.For(Items));
    }

    [Fact]
    public void For_ConfiguredPattern_WinsOverTheSource()
    {
        var links = new CaseLinks(
            new AlertOptions { CaseItemUrl = "https://contoso.sharepoint.com/sites/Relations/Lists/Cases/DispForm.aspx?ID={id}" },
            new ListSourceOptions { Site = "https://contoso.sharepoint.com/sites/Relations", List = "3f2504e0-4f89-11d3-9a0c-0305e82c3301" });

        Assert.Equal("https://contoso.sharepoint.com/sites/Relations/Lists/Cases/DispForm.aspx?ID=17", links.For(Items)["J-101"].AbsoluteUri);
    }
}
