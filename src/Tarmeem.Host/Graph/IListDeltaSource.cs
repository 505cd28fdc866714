namespace Tarmeem.Host.Graph;

/// <summary>
/// Our narrow view of SharePoint lists through Graph: what the sync and the check need and nothing more, so that
/// they can be reasoned about (and the Graph SDK replaced) without touching them.
/// </summary>
internal interface IListDeltaSource
{
    /// <summary>The site's id, from <c>host:/sites/Name</c>, a site URL or an id.</summary>
    Task<string> ResolveSiteAsync(string site, CancellationToken cancellationToken);

    /// <summary>The list's columns (internal name, display name, type, choices).</summary>
    Task<IReadOnlyList<ListColumn>> GetColumnsAsync(string siteId, string list, CancellationToken cancellationToken);

    /// <summary>
    /// One page of <c>/items/delta</c>: with <paramref name="link"/> null a new round over everything, asking only for
    /// <paramref name="columns"/>; otherwise the page a saved next or delta link points to.
    /// </summary>
    /// <exception cref="DeltaLinkExpiredException">The link is too old (410): start a full round.</exception>
    /// <exception cref="GraphSourceException">Graph refused or stayed unavailable after the retries.</exception>
    Task<DeltaPage<ListItemDelta>> GetDeltaPageAsync(
        string siteId, string list, IReadOnlyList<string> columns, int pageSize, string? link, CancellationToken cancellationToken);
}
