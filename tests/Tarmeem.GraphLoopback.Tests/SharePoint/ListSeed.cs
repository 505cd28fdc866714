using Tarmeem.GraphLoopback.SharePoint;

namespace Tarmeem.GraphLoopback.Tests.SharePoint;

/// <summary>A site with a cases list whose columns have Arabic display names, as the tests need it.</summary>
internal sealed record ListSeed(string SiteId, string ListId, string StatusColumn, string ReceivedColumn)
{
    public const string Hostname = "contoso.sharepoint.com";
    public const string ListTitle = "القضايا";

    public static ListSeed Create(GraphLoopbackServer server, int items)
    {
        var status = ColumnDefinition.FromDisplayName("الحالة", ColumnKind.Choice) with { Choices = ["مفتوحة", "مغلقة"] };
        var received = ColumnDefinition.FromDisplayName("تاريخ الاستلام", ColumnKind.DateTime);
        var site = server.SharePoint.AddSite(Hostname, "/sites/Cases", "Cases");
        var list = server.SharePoint.AddList(
            site,
            ListTitle,
            status,
            received,
            new ColumnDefinition("Amount", "المبلغ", ColumnKind.Number),
            new ColumnDefinition("Urgent", "عاجل", ColumnKind.Boolean),
            new ColumnDefinition("BranchLookupId", "الفرع", ColumnKind.Lookup));
        var at = new DateTimeOffset(2025, 1, 5, 6, 0, 0, TimeSpan.Zero);
        server.SharePoint.AddItems(site, list, Enumerable.Range(1, items).Select(i => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["Title"] = "CASE-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            [status.Name] = "مفتوحة",
            [received.Name] = at.AddMinutes(i),
            ["Amount"] = 1250.5m,
            ["Urgent"] = i % 2 == 0,
            ["BranchLookupId"] = "3",
        }));
        return new ListSeed(site, list, status.Name, received.Name);
    }
}
