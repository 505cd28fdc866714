using Tarmeem.Host.Sync;

namespace Tarmeem.Host.Alerts;

/// <summary>
/// A case's SharePoint list item address: <c>Tarmeem:Alerts:CaseItemUrl</c> with the item id, else the site's list
/// form when <c>Tarmeem:Sources:Cases</c> gives the site as a URL and the list as its id; else none (the number alone).
/// </summary>
internal sealed class CaseLinks
{
    private readonly string? pattern;

    public CaseLinks(AlertOptions alerts, ListSourceOptions? cases)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        pattern = alerts.CaseItemUrl.Length > 0 ? alerts.CaseItemUrl : FromSource(cases);
    }

    public bool CanLink => pattern is not null;

    public IReadOnlyDictionary<string, Uri> For(IReadOnlyDictionary<string, string> itemIdsByCase)
    {
        ArgumentNullException.ThrowIfNull(itemIdsByCase);
        if (pattern is null)
        {
            return new Dictionary<string, Uri>();
        }

        return itemIdsByCase.ToDictionary(p => p.Key, p => new Uri(pattern.Replace("{id}", Uri.EscapeDataString(p.Value), StringComparison.Ordinal)), StringComparer.Ordinal);
    }

    private static string? FromSource(ListSourceOptions? cases)
    {
        if (cases is null || !Uri.TryCreate(cases.Site, UriKind.Absolute, out var site) || site.Scheme != Uri.UriSchemeHttps || !Guid.TryParse(cases.List, out var list))
        {
            return null;
        }

        return $"{cases.Site.TrimEnd('/')}/_layouts/15/listform.aspx?PageType=4&ListId=%7B{list:D}%7D&ID={{id}}";
    }
}
