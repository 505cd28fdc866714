using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Tarmeem.GraphLoopback.SharePoint;

/// <summary>Sites, lists, columns and items the server answers with. Tests seed and change them here; thread-safe.</summary>
public sealed class SharePointStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SiteState> _sites = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a site reachable as <c>/sites/{id}</c> and <c>/sites/{hostname}:{serverRelativePath}</c>; returns its id (<c>host,guid,guid</c>).</summary>
    public string AddSite(string hostname, string serverRelativePath, string? displayName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostname);
        ArgumentException.ThrowIfNullOrWhiteSpace(serverRelativePath);
        var path = "/" + serverRelativePath.Trim('/');
        var id = string.Join(',', hostname, Guid.NewGuid(), Guid.NewGuid());
        var name = displayName ?? path.Split('/').Last();
        _sites[id] = new SiteState(id, hostname, path, name, time.GetUtcNow());
        return id;
    }

    /// <summary>Adds a list with the built-in columns (Title, Created, Modified, Author, Editor) plus <paramref name="columns"/>; returns its id.</summary>
    public string AddList(string siteId, string displayName, params ColumnDefinition[] columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentNullException.ThrowIfNull(columns);
        var site = Site(siteId);
        var list = new ListState(Guid.NewGuid().ToString(), displayName, time.GetUtcNow());
        list.AddColumn(new ColumnDefinition("Title", "Title", ColumnKind.Text));
        list.AddColumn(new ColumnDefinition("Created", "Created", ColumnKind.DateTime) { ReadOnly = true });
        list.AddColumn(new ColumnDefinition("Modified", "Modified", ColumnKind.DateTime) { ReadOnly = true });
        list.AddColumn(new ColumnDefinition("Author", "Created By", ColumnKind.PersonOrGroup) { ReadOnly = true });
        list.AddColumn(new ColumnDefinition("Editor", "Modified By", ColumnKind.PersonOrGroup) { ReadOnly = true });
        foreach (var column in columns)
        {
            list.AddColumn(column);
        }

        if (!site.Lists.TryAdd(list.Id, list))
        {
            throw new InvalidOperationException($"Site '{siteId}' already has a list with id '{list.Id}'.");
        }

        return list.Id;
    }

    public void AddColumn(string siteId, string list, ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(column);
        List(siteId, list).AddColumn(column);
    }

    /// <summary>Adds an item; <paramref name="fields"/> are keyed by internal column name. Returns the item id ("1", "2", …).</summary>
    public string AddItem(string siteId, string list, IReadOnlyDictionary<string, object?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var site = Site(siteId);
        var state = List(siteId, list);
        var id = state.NextItemId();
        var now = FieldValues.FormatDate(time.GetUtcNow());
        var etag = "\"" + Guid.NewGuid() + ",1\"";
        var values = new JsonObject
        {
            ["@odata.etag"] = etag,
            ["id"] = id,
            ["ContentType"] = "Item",
            ["Created"] = now,
            ["Modified"] = now,
            ["AuthorLookupId"] = "6",
            ["EditorLookupId"] = "6",
            ["_UIVersionString"] = "1.0",
            ["Attachments"] = false,
        };
        Merge(values, fields);
        var item = new JsonObject
        {
            ["@odata.etag"] = etag,
            ["createdDateTime"] = now,
            ["eTag"] = etag,
            ["id"] = id,
            ["lastModifiedDateTime"] = now,
            ["webUrl"] = site.WebUrl + "/Lists/" + state.Name + "/" + id + "_.000",
            ["createdBy"] = new JsonObject { ["user"] = new JsonObject { ["displayName"] = "System Account" } },
            ["lastModifiedBy"] = new JsonObject { ["user"] = new JsonObject { ["displayName"] = "System Account" } },
            ["parentReference"] = new JsonObject { ["id"] = state.Id, ["siteId"] = site.Id },
            ["contentType"] = new JsonObject { ["id"] = "0x0100" + state.Id.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant(), ["name"] = "Item" },
            ["fields"] = values,
        };
        state.Items.Upsert(id, item);
        return id;
    }

    /// <summary>Adds many items; returns their ids in order.</summary>
    public IReadOnlyList<string> AddItems(string siteId, string list, IEnumerable<IReadOnlyDictionary<string, object?>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Select(fields => AddItem(siteId, list, fields)).ToList();
    }

    /// <summary>Changes fields of an item (a null value clears the field) and bumps its version and Modified time.</summary>
    public void UpdateItem(string siteId, string list, string itemId, IReadOnlyDictionary<string, object?> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var now = FieldValues.FormatDate(time.GetUtcNow());
        var found = List(siteId, list).Items.Update(itemId, item =>
        {
            var fields = item["fields"]!.AsObject();
            var version = int.Parse(fields["_UIVersionString"]!.GetValue<string>().Split('.')[0], CultureInfo.InvariantCulture) + 1;
            var guid = item["eTag"]!.GetValue<string>().Trim('"').Split(',')[0];
            var etag = "\"" + guid + "," + version.ToString(CultureInfo.InvariantCulture) + "\"";
            Merge(fields, changes);
            fields["Modified"] = now;
            fields["_UIVersionString"] = version.ToString(CultureInfo.InvariantCulture) + ".0";
            fields["@odata.etag"] = etag;
            item["@odata.etag"] = etag;
            item["eTag"] = etag;
            item["lastModifiedDateTime"] = now;
        });
        if (!found)
        {
            throw new KeyNotFoundException($"List '{list}' on site '{siteId}' has no item '{itemId}' to update.");
        }
    }

    public void DeleteItem(string siteId, string list, string itemId)
    {
        if (!List(siteId, list).Items.Remove(itemId))
        {
            throw new KeyNotFoundException($"List '{list}' on site '{siteId}' has no item '{itemId}' to delete.");
        }
    }

    /// <summary>A copy of the item's <c>fields</c>, or null when there is no such item.</summary>
    public JsonObject? GetFields(string siteId, string list, string itemId) =>
        List(siteId, list).Items.Get(itemId)?["fields"]?.DeepClone().AsObject();

    public int CountItems(string siteId, string list) => List(siteId, list).Items.Count;

    internal SiteState? FindSite(string siteId) => _sites.TryGetValue(siteId, out var site) ? site : null;

    internal SiteState? FindSiteByPath(string hostname, string serverRelativePath) =>
        _sites.Values.FirstOrDefault(s =>
            string.Equals(s.Hostname, hostname, StringComparison.OrdinalIgnoreCase)
            && string.Equals(s.ServerRelativePath.TrimEnd('/'), "/" + serverRelativePath.Trim('/'), StringComparison.OrdinalIgnoreCase));

    private SiteState Site(string siteId) =>
        FindSite(siteId) ?? throw new KeyNotFoundException($"No site '{siteId}' was seeded; call AddSite first and use the id it returns.");

    private ListState List(string siteId, string list) =>
        Site(siteId).FindList(list) ?? throw new KeyNotFoundException($"Site '{siteId}' has no list '{list}' (by id or display name); call AddList first.");

    private static void Merge(JsonObject target, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var (name, value) in values)
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else
            {
                target[name] = FieldValues.ToJson(value);
            }
        }
    }
}
