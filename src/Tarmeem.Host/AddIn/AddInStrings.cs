using System.Text.Json;

namespace Tarmeem.Host.AddIn;

/// <summary>The add-in's Arabic text, read from the one strings.json the pane also loads.</summary>
internal sealed class AddInStrings
{
    private readonly JsonElement root;

    private AddInStrings(JsonElement root) => this.root = root;

    public static AddInStrings Load()
    {
        using var document = JsonDocument.Parse(AddInFiles.Read("strings.json"));
        return new AddInStrings(document.RootElement.Clone());
    }

    public string Manifest(string key) => Get("manifest", key);

    private string Get(string group, string key) =>
        root.GetProperty(group).TryGetProperty(key, out var value) ? value.GetString()! : throw new KeyNotFoundException($"strings.json has no {group}.{key}.");
}
