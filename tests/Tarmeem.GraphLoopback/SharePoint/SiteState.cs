using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Tarmeem.GraphLoopback.SharePoint;

/// <summary>One site and its lists.</summary>
internal sealed class SiteState(string id, string hostname, string serverRelativePath, string displayName, DateTimeOffset created)
{
    public string Id { get; } = id;

    public string Hostname { get; } = hostname;

    /// <summary>E.g. <c>/sites/Cases</c>.</summary>
    public string ServerRelativePath { get; } = serverRelativePath;

    public string DisplayName { get; } = displayName;

    public string WebUrl => "https://" + Hostname + ServerRelativePath;

    public ConcurrentDictionary<string, ListState> Lists { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Graph accepts a list's id or its title where the id goes; the URL name works too.</summary>
    public ListState? FindList(string idOrName) =>
        Lists.TryGetValue(idOrName, out var byId)
            ? byId
            : Lists.Values.FirstOrDefault(l =>
                string.Equals(l.DisplayName, idOrName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(l.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    public JsonObject ToJson() => new()
    {
        ["createdDateTime"] = FieldValues.FormatDate(created),
        ["description"] = string.Empty,
        ["id"] = Id,
        ["lastModifiedDateTime"] = FieldValues.FormatDate(created),
        ["name"] = ServerRelativePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? Hostname,
        ["webUrl"] = WebUrl,
        ["displayName"] = DisplayName,
        ["root"] = new JsonObject(),
        ["siteCollection"] = new JsonObject { ["hostname"] = Hostname },
    };
}
