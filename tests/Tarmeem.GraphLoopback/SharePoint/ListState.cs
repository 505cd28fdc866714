using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Delta;

namespace Tarmeem.GraphLoopback.SharePoint;

/// <summary>One list: its columns and its items (a change journal of listItem JSON).</summary>
internal sealed class ListState(string id, string displayName, DateTimeOffset created)
{
    private readonly Lock _gate = new();
    private readonly List<(string Id, ColumnDefinition Column)> _columns = [];
    private int _lastItemId;

    public string Id { get; } = id;

    public string DisplayName { get; } = displayName;

    /// <summary>The URL name SharePoint derives from the title at creation.</summary>
    public string Name { get; } = displayName.Replace(" ", string.Empty, StringComparison.Ordinal);

    public DateTimeOffset Created { get; } = created;

    public ChangeJournal Items { get; } = new();

    public IReadOnlyList<(string Id, ColumnDefinition Column)> Columns
    {
        get
        {
            lock (_gate)
            {
                return _columns.ToArray();
            }
        }
    }

    public void AddColumn(ColumnDefinition column)
    {
        lock (_gate)
        {
            if (_columns.Any(c => string.Equals(c.Column.Name, column.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException($"List '{DisplayName}' already has a column named '{column.Name}'.");
            }

            _columns.Add((Guid.NewGuid().ToString(), column));
        }
    }

    public string NextItemId() => Interlocked.Increment(ref _lastItemId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public JsonObject ToJson(string siteId, string webUrl) => new()
    {
        ["@odata.etag"] = "\"" + Id + ",1\"",
        ["createdDateTime"] = FieldValues.FormatDate(Created),
        ["description"] = string.Empty,
        ["eTag"] = "\"" + Id + ",1\"",
        ["id"] = Id,
        ["lastModifiedDateTime"] = FieldValues.FormatDate(Created),
        ["name"] = Name,
        ["webUrl"] = webUrl + "/Lists/" + Name,
        ["displayName"] = DisplayName,
        ["parentReference"] = new JsonObject { ["siteId"] = siteId },
        ["list"] = new JsonObject
        {
            ["contentTypesEnabled"] = false,
            ["hidden"] = false,
            ["template"] = "genericList",
        },
    };
}
