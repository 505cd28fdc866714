using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tarmeem.GraphLoopback.SharePoint;

/// <summary>Turns seeded CLR values into field JSON the way SharePoint writes it (UTC dates with 'Z', numbers, booleans).</summary>
internal static class FieldValues
{
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        DateTimeOffset at => JsonValue.Create(FormatDate(at)),
        DateTime at => JsonValue.Create(FormatDate(new DateTimeOffset(DateTime.SpecifyKind(at, at.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : at.Kind)))),
        DateOnly day => JsonValue.Create(FormatDate(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))),
        string text => JsonValue.Create(text),
        IEnumerable<string> many => new JsonArray(many.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
        _ => JsonSerializer.SerializeToNode(value),
    };

    public static string FormatDate(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
