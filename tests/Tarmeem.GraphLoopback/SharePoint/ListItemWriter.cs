using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Delta;
using Tarmeem.GraphLoopback.Http;

namespace Tarmeem.GraphLoopback.SharePoint;

/// <summary>Writes a listItem under <c>$select</c> and <c>$expand=fields($select=…)</c>, and a deleted one as Graph does.</summary>
internal static class ListItemWriter
{
    public static JsonObject Write(DeltaEntry entry, ODataQuery options)
    {
        if (entry.State is null)
        {
            return new JsonObject
            {
                ["id"] = entry.Id,
                ["deleted"] = new JsonObject { ["state"] = "deleted" },
            };
        }

        // The snapshot is shared by every cursor over the change log: answer a copy so a repeated page reads the same.
        var item = (JsonObject)entry.State.DeepClone();
        var expandFields = ExpandClause.ParseAll(options.Get("expand"))
            .FirstOrDefault(c => c.Name.Equals("fields", StringComparison.OrdinalIgnoreCase));
        var fields = item["fields"]?.AsObject();
        item.Remove("fields");
        var select = ExpandClause.ParseSelect(options.Get("select"));
        if (select is not null)
        {
            foreach (var name in item.Select(p => p.Key).ToList())
            {
                if (name != "id" && name != "@odata.etag" && !select.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    item.Remove(name);
                }
            }
        }

        if (expandFields is not null && fields is not null)
        {
            item["fields"] = SelectFields(fields, expandFields.Select);
        }

        return item;
    }

    private static JsonObject SelectFields(JsonObject fields, IReadOnlyList<string>? select)
    {
        if (select is null)
        {
            return (JsonObject)fields.DeepClone();
        }

        // Graph answers a selected field that has no value by leaving it out, not with null.
        var picked = new JsonObject { ["@odata.etag"] = fields["@odata.etag"]?.DeepClone() };
        foreach (var name in select)
        {
            var match = fields.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (match.Key is not null)
            {
                picked[match.Key] = match.Value?.DeepClone();
            }
        }

        return picked;
    }
}
