using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// The unified manifest (manifest.json) of the add-in, for the Microsoft 365 admin center and new Outlook. Built from
/// the same <see cref="AddInSource"/> as the XML manifest, so the two never disagree on ids, URLs or permission.
/// </summary>
internal static class AddInManifest
{
    private const string SchemaVersion = "1.24";
    private const string OpenPaneAction = "openTarmeemPane";

    public static string Write(AddInSource source)
    {
        var icons = new JsonArray(RibbonIcon(source, 16), RibbonIcon(source, 32), RibbonIcon(source, 80));
        var manifest = new JsonObject
        {
            ["$schema"] = $"https://developer.microsoft.com/json-schemas/teams/v{SchemaVersion}/MicrosoftTeams.schema.json",
            ["manifestVersion"] = SchemaVersion,
            ["version"] = AddInSource.Version,
            ["id"] = source.AppId.ToString("D"),
            ["localizationInfo"] = new JsonObject { ["defaultLanguageTag"] = "ar-SA" },
            ["developer"] = new JsonObject
            {
                ["name"] = source.Strings.Manifest("provider"),
                ["websiteUrl"] = source.Root,
                ["privacyUrl"] = source.Root,
                ["termsOfUseUrl"] = source.Root,
            },
            ["name"] = new JsonObject { ["short"] = source.Strings.Manifest("name"), ["full"] = source.Strings.Manifest("fullName") },
            ["description"] = new JsonObject { ["short"] = source.Strings.Manifest("description"), ["full"] = source.Strings.Manifest("fullDescription") },
            ["icons"] = new JsonObject { ["outline"] = AddInFiles.OutlineIconName, ["color"] = "color.png" },
            ["accentColor"] = "#1F6F5C",
            ["validDomains"] = new JsonArray(source.Host),
            ["webApplicationInfo"] = new JsonObject { ["id"] = source.ClientId, ["resource"] = source.ApiResource },
            ["authorization"] = new JsonObject
            {
                ["permissions"] = new JsonObject
                {
                    ["resourceSpecific"] = new JsonArray(
                        Permission(AddInSource.ItemPermissionUnified),
                        Permission(AddInSource.SharedFolderPermissionUnified)),
                },
            },
            ["extensions"] = new JsonArray(new JsonObject
            {
                ["requirements"] = new JsonObject { ["scopes"] = new JsonArray("mail"), ["capabilities"] = Mailbox() },
                ["runtimes"] = new JsonArray(new JsonObject
                {
                    ["requirements"] = new JsonObject { ["capabilities"] = Mailbox() },
                    ["id"] = "TaskPaneRuntime",
                    ["type"] = "general",
                    ["code"] = new JsonObject { ["page"] = source.PaneUrl },
                    ["lifetime"] = "short",
                    ["actions"] = new JsonArray(new JsonObject { ["id"] = OpenPaneAction, ["type"] = "openPage" }),
                }),
                ["ribbons"] = new JsonArray(new JsonObject
                {
                    ["contexts"] = new JsonArray("mailRead"),
                    ["tabs"] = new JsonArray(new JsonObject
                    {
                        ["builtInTabId"] = "TabDefault",
                        ["groups"] = new JsonArray(new JsonObject
                        {
                            ["id"] = "tarmeemGroup",
                            ["label"] = source.Strings.Manifest("groupLabel"),
                            ["icons"] = icons.DeepClone(),
                            ["controls"] = new JsonArray(new JsonObject
                            {
                                ["id"] = "tarmeemOpenPane",
                                ["type"] = "button",
                                ["label"] = source.Strings.Manifest("buttonLabel"),
                                ["icons"] = icons,
                                ["supertip"] = new JsonObject
                                {
                                    ["title"] = source.Strings.Manifest("buttonLabel"),
                                    ["description"] = source.Strings.Manifest("buttonTooltip"),
                                },
                                ["actionId"] = OpenPaneAction,
                            }),
                        }),
                    }),
                }),
            }),
        };
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonArray Mailbox() => new(new JsonObject { ["name"] = "Mailbox", ["minVersion"] = AddInSource.MailboxRequirement });

    private static JsonObject Permission(string name) => new() { ["name"] = name, ["type"] = "Delegated" };

    private static JsonObject RibbonIcon(AddInSource source, int size) =>
        new() { ["size"] = size, ["url"] = source.IconUrl(size) };
}
