using System.Text.Json.Nodes;

namespace Tarmeem.GraphLoopback.SharePoint;

/// <summary>A list column as a test seeds it.</summary>
/// <param name="Name">Internal name (what <c>fields</c> are keyed by); see <see cref="SharePointNames.EncodeInternalName"/>.</param>
/// <param name="DisplayName">Display name, may be Arabic.</param>
/// <param name="Kind">Type facet.</param>
public sealed record ColumnDefinition(string Name, string DisplayName, ColumnKind Kind)
{
    /// <summary>Choices of a choice column.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Target list id of a lookup column.</summary>
    public string? LookupListId { get; init; }

    public bool Required { get; init; }

    public bool ReadOnly { get; init; }

    /// <summary>A column whose internal name is derived from its (Arabic) display name, as SharePoint does.</summary>
    public static ColumnDefinition FromDisplayName(string displayName, ColumnKind kind) =>
        new(SharePointNames.EncodeInternalName(displayName), displayName, kind);

    internal JsonObject ToJson(string id)
    {
        var json = new JsonObject
        {
            ["columnGroup"] = ReadOnly ? "Core Document Columns" : "Custom Columns",
            ["description"] = string.Empty,
            ["displayName"] = DisplayName,
            ["enforceUniqueValues"] = false,
            ["hidden"] = false,
            ["id"] = id,
            ["indexed"] = false,
            ["name"] = Name,
            ["readOnly"] = ReadOnly,
            ["required"] = Required,
        };
        json[FacetName()] = Facet();
        return json;
    }

    private string FacetName() => Kind switch
    {
        ColumnKind.Text => "text",
        ColumnKind.Choice => "choice",
        ColumnKind.DateTime => "dateTime",
        ColumnKind.Number => "number",
        ColumnKind.Boolean => "boolean",
        ColumnKind.PersonOrGroup => "personOrGroup",
        _ => "lookup",
    };

    private JsonObject Facet() => Kind switch
    {
        ColumnKind.Text => new JsonObject
        {
            ["allowMultipleLines"] = false,
            ["appendChangesToExistingText"] = false,
            ["linesForEditing"] = 0,
            ["maxLength"] = 255,
        },
        ColumnKind.Choice => new JsonObject
        {
            ["allowTextEntry"] = false,
            ["choices"] = new JsonArray(Choices.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
            ["displayAs"] = "dropDownMenu",
        },
        ColumnKind.DateTime => new JsonObject { ["displayAs"] = "default", ["format"] = "dateTime" },
        ColumnKind.Number => new JsonObject { ["decimalPlaces"] = "automatic", ["displayAs"] = "number" },
        ColumnKind.Boolean => [],
        ColumnKind.PersonOrGroup => new JsonObject
        {
            ["allowMultipleSelection"] = false,
            ["displayAs"] = "account",
            ["chooseFromType"] = "peopleOnly",
        },
        _ => new JsonObject
        {
            ["allowMultipleValues"] = false,
            ["allowUnlimitedLength"] = false,
            ["columnName"] = "Title",
            ["listId"] = LookupListId ?? string.Empty,
        },
    };
}
