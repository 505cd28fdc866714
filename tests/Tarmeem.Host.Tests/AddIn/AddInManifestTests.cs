using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Tarmeem.Host.Tests.Cli;

namespace Tarmeem.Host.Tests.AddIn;

public sealed class AddInManifestTests
{
    private const string AppId = "3f0c6a52-8d1e-4b7a-9c2f-5e4d3b2a1c0f";
    private const string ClientId = "11111111-2222-3333-4444-555555555555";
    private static readonly XNamespace Overrides11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    private static readonly XNamespace Office = "http://schemas.microsoft.com/office/appforoffice/1.1";

    [Fact]
    public async Task Manifest_Settings_UnifiedManifestValidAgainstShippedSchema()
    {
        using var folder = new TempFolder();
        var run = await WriteAsync(folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(await ManifestSchema.ErrorsAsync(folder.Sub("out/manifest.json")));
    }

    [Fact]
    public async Task ManifestSchema_ManifestWithUnknownPermissionType_ReportsErrors()
    {
        using var folder = new TempFolder();
        await WriteAsync(folder);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(folder.Sub("out/manifest.json")))!;
        manifest["authorization"]!["permissions"]!["resourceSpecific"]![0]!["type"] = "Everything";
        manifest.AsObject().Remove("developer");
        await File.WriteAllTextAsync(folder.Sub("broken.json"), manifest.ToJsonString());

        Assert.NotEmpty(await ManifestSchema.ErrorsAsync(folder.Sub("broken.json")));
    }

    [Fact]
    public async Task Manifest_Settings_LeastPermissionSharedMailboxAndServedPane()
    {
        using var folder = new TempFolder();
        await WriteAsync(folder);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(folder.Sub("out/manifest.json")))!;

        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(
            ["MailboxItem.ReadWrite.User", "Mailbox.SharedFolder"],
            manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray().Select(p => (string?)p!["name"]));
        var extension = manifest["extensions"]![0]!;
        Assert.Equal("1.13", (string?)extension["requirements"]!["capabilities"]![0]!["minVersion"]);
        Assert.Equal("https://tarmeem.example.org/addin/pane.html", (string?)extension["runtimes"]![0]!["code"]!["page"]);
        Assert.Equal(ClientId, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal("ترميم — متابعة الاستفسار", (string?)manifest["name"]!["short"]);
    }

    [Fact]
    public async Task Manifest_Settings_XmlManifestSameIdentityWithSharedFolders()
    {
        using var folder = new TempFolder();
        await WriteAsync(folder);
        var xml = XDocument.Load(folder.Sub("out/manifest.xml"));
        var root = xml.Root!;

        Assert.Equal(Office + "OfficeApp", root.Name);
        Assert.Equal(AppId, root.Element(Office + "Id")!.Value);
        Assert.Equal("ReadWriteItem", root.Element(Office + "Permissions")!.Value);
        Assert.Equal("https://tarmeem.example.org/addin/pane.html", root.Descendants(Office + "SourceLocation").Single().Attribute("DefaultValue")!.Value);
        Assert.Equal("true", root.Descendants(Overrides11 + "SupportsSharedFolders").Single().Value);
        Assert.Equal(ClientId, root.Descendants(Overrides11 + "WebApplicationInfo").Single().Element(Overrides11 + "Id")!.Value);
        foreach (var name in new[] { "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "Hosts", "FormSettings", "Rule" })
        {
            Assert.NotNull(root.Element(Office + name));
        }
    }

    [Fact]
    public async Task Manifest_Settings_PackageHoldsManifestAndPngIcons()
    {
        using var folder = new TempFolder();
        await WriteAsync(folder);
        using var zip = ZipFile.OpenRead(folder.Sub("out/tarmeem-addin.zip"));

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        foreach (var icon in zip.Entries.Where(e => e.Name.EndsWith(".png", StringComparison.Ordinal)))
        {
            using var stream = icon.Open();
            var header = new byte[24];
            stream.ReadExactly(header);
            Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(header, 1, 3));
            Assert.Equal(icon.Name == "color.png" ? 192 : 32, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)));
        }
    }

    [Fact]
    public async Task Manifest_NoAppId_ExitCode2NamingTheKey()
    {
        using var folder = new TempFolder();
        var config = folder.Sub("settings.json");
        await File.WriteAllTextAsync(config, Settings(new { ClientId, Authority = "https://login.microsoftonline.com/t/v2.0", PublicBaseUrl = "https://tarmeem.example.org" }));

        var run = await CliRun.InvokeAsync("addin", "manifest", "--out", folder.Sub("out"), "--config", config, "--data", folder.Sub("data"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Tarmeem:AddIn:AppId", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Sub("out")));
    }

    private static async Task<CliRun> WriteAsync(TempFolder folder)
    {
        var config = folder.Sub("settings.json");
        await File.WriteAllTextAsync(config, Settings(
            new { AppId, ClientId, Authority = "https://login.microsoftonline.com/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/v2.0", ApiScope = $"api://tarmeem.example.org/{ClientId}/access_as_user" },
            new { PublicBaseUrl = "https://tarmeem.example.org/" }));
        return await CliRun.InvokeAsync("addin", "manifest", "--out", folder.Sub("out"), "--config", config, "--data", folder.Sub("data"));
    }

    private static string Settings(object addIn, object? surveys = null) =>
        System.Text.Json.JsonSerializer.Serialize(new { Tarmeem = new { AddIn = addIn, Surveys = surveys ?? new { } } });
}
