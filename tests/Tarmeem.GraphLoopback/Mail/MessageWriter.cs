using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Delta;
using Tarmeem.GraphLoopback.Http;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>
/// Writes a message under <c>$select</c>, <c>$expand=singleValueExtendedProperties($filter=id eq '…')</c> and
/// <c>$expand=attachments</c>, and a removed one as <c>{"@removed":{"reason":"deleted"}}</c>. Like Exchange, headers,
/// extended properties and attachments appear only when asked for.
/// </summary>
internal static class MessageWriter
{
    private const string ODataType = "#microsoft.graph.message";
    private const string Attachments = "attachments";
    private static readonly string[] OnlyWhenSelected = ["internetMessageHeaders", "singleValueExtendedProperties"];

    public static JsonObject Write(DeltaEntry entry, ODataQuery options)
    {
        if (entry.State is null)
        {
            return new JsonObject
            {
                ["@odata.type"] = ODataType,
                ["id"] = entry.Id,
                ["@removed"] = new JsonObject { ["reason"] = "deleted" },
            };
        }

        var message = entry.State;
        var select = ExpandClause.ParseSelect(options.Get("select"));
        var output = new JsonObject { ["@odata.type"] = ODataType, ["@odata.etag"] = message["@odata.etag"]?.DeepClone(), ["id"] = entry.Id };
        foreach (var (name, value) in message)
        {
            var wanted = select is null
                ? !OnlyWhenSelected.Contains(name, StringComparer.Ordinal)
                : select.Contains(name, StringComparer.OrdinalIgnoreCase);
            if (wanted && name is not Attachments and not MessageJson.PlainTextKey && !output.ContainsKey(name))
            {
                output[name] = value?.DeepClone();
            }
        }

        var clauses = ExpandClause.ParseAll(options.Get("expand"));
        if (clauses.Any(c => c.Name.Equals(Attachments, StringComparison.OrdinalIgnoreCase)))
        {
            output[Attachments] = message[Attachments]?.DeepClone() ?? new JsonArray();
        }

        var expand = clauses.FirstOrDefault(c => c.Name.Equals("singleValueExtendedProperties", StringComparison.OrdinalIgnoreCase));
        if (expand is not null)
        {
            output.Remove("singleValueExtendedProperties");
            var wantedId = FilterId(expand.Filter);
            var matches = (message["singleValueExtendedProperties"]?.AsArray() ?? [])
                .Where(p => wantedId is null || string.Equals(p?["id"]?.GetValue<string>(), wantedId, StringComparison.OrdinalIgnoreCase))
                .Select(p => p!.DeepClone())
                .ToArray();
            if (matches.Length > 0)
            {
                output["singleValueExtendedProperties"] = new JsonArray(matches);
            }
        }

        return output;
    }

    /// <summary>The id in <c>id eq '…'</c>; other filters are not understood and select every property.</summary>
    private static string? FilterId(string? filter)
    {
        const string prefix = "id eq '";
        if (filter is null || !filter.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !filter.EndsWith('\''))
        {
            return null;
        }

        return filter[prefix.Length..^1].Replace("''", "'", StringComparison.Ordinal);
    }
}
