using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Tarmeem.Host.Graph;

/// <summary><see cref="IListDeltaSource"/> over the real <see cref="GraphServiceClient"/>.</summary>
internal sealed class GraphListDeltaSource(GraphServiceClient client) : IListDeltaSource
{
    public Task<string> ResolveSiteAsync(string site, CancellationToken cancellationToken)
    {
        var address = SiteAddress(site);
        return GraphErrorTranslator.CallAsync($"site '{site}'", async () =>
        {
            var found = await client.Sites[address].GetAsync(cancellationToken: cancellationToken);
            return found?.Id ?? throw new GraphSourceException($"Graph returned no id for site '{site}'.");
        });
    }

    public Task<IReadOnlyList<ListColumn>> GetColumnsAsync(string siteId, string list, CancellationToken cancellationToken) =>
        GraphErrorTranslator.CallAsync<IReadOnlyList<ListColumn>>($"the columns of list '{list}'", async () =>
        {
            var columns = await client.Sites[siteId].Lists[list].Columns.GetAsync(cancellationToken: cancellationToken);
            return (columns?.Value ?? []).Select(ToColumn).ToList();
        });

    public Task<DeltaPage<ListItemDelta>> GetDeltaPageAsync(
        string siteId, string list, IReadOnlyList<string> columns, int pageSize, string? link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var delta = client.Sites[siteId].Lists[list].Items.Delta;
        return GraphErrorTranslator.CallAsync($"the changes of list '{list}'", async () =>
        {
            var page = link is null
                ? await delta.GetAsDeltaGetResponseAsync(
                    c =>
                    {
                        // Only the mapped columns: the register's names, phones and IDs never leave SharePoint.
                        c.QueryParameters.Expand = ["fields($select=" + string.Join(',', columns) + ")"];
                        c.QueryParameters.Top = pageSize;
                    },
                    cancellationToken)
                : await delta.WithUrl(link).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            var items = (page?.Value ?? []).Select(ToDelta).ToList();
            return new DeltaPage<ListItemDelta>(items, page?.OdataNextLink, page?.OdataDeltaLink);
        });
    }

    /// <summary>
    /// Graph addresses a site as <c>{host}:/{path}:</c> or by id; staff copy the site's URL, so that is accepted too.
    /// </summary>
    public static string SiteAddress(string site)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(site);
        if (Uri.TryCreate(site, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            return url.Host + ":" + url.AbsolutePath.TrimEnd('/') + ":";
        }

        return site.Contains(":/", StringComparison.Ordinal) && !site.EndsWith(':') ? site + ":" : site;
    }

    private static ListItemDelta ToDelta(ListItem item)
    {
        var id = item.Id ?? throw new GraphSourceException("Graph returned a list item without an id.");
        if (item.Deleted is not null)
        {
            return new ListItemDelta(id, true, new Dictionary<string, object?>());
        }

        return new ListItemDelta(
            id, false, (item.Fields?.AdditionalData ?? new Dictionary<string, object>()).ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.OrdinalIgnoreCase));
    }

    private static ListColumn ToColumn(ColumnDefinition column) => new(
        column.Name ?? string.Empty,
        column.DisplayName ?? column.Name ?? string.Empty,
        column switch
        {
            { Text: not null } => "text",
            { Choice: not null } => "choice",
            { DateTime: not null } => "dateTime",
            { Number: not null } => "number",
            { Boolean: not null } => "boolean",
            { Lookup: not null } => "lookup",
            { PersonOrGroup: not null } => "personOrGroup",
            { Calculated: not null } => "calculated",
            _ => "other",
        },
        column.Choice?.Choices ?? []);
}
