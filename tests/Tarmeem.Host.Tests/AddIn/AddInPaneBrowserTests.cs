using System.Text.Json;
using Microsoft.Playwright;
using Tarmeem.Host.Tests.Surveys;
using Xunit.Abstractions;

namespace Tarmeem.Host.Tests.AddIn;

public sealed class AddInPaneBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly JsonSerializerOptions ReadableArabic = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Pane_StaffToken_RightToLeftStatusFromApiAndResolvedTapAddsCategory()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var server = await AddInServer.StartAsync(issuer.Authority);
        await server.SeedAnsweredInquiryAsync();
        var aborted = new List<string>();
        await using var context = await PaneContextAsync();
        await OfficeStub.RouteAsync(context, AddInServer.Conversation, issuer.Token(), [], aborted);
        var page = await context.NewPageAsync();

        await page.GotoAsync(server.Origin + "/addin/pane.html");
        await page.Locator("#status").WaitForAsync();
        var shots = Path.Combine(Path.GetTempPath(), "tarmeem-addin-screens");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "pane-status.png"), FullPage = true });
        output.WriteLine("screenshots in " + shots);

        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        var status = await page.Locator("#status").InnerTextAsync();
        Assert.Contains("جدة", status, StringComparison.Ordinal);
        Assert.Contains("الموقع الالكتروني للجمعية", status, StringComparison.Ordinal);
        Assert.Contains("٢٠ ساعة عمل", status, StringComparison.Ordinal);
        Assert.Contains("ضمن المدة المستهدفة", status, StringComparison.Ordinal);
        Assert.Contains("أُرسل وأُجيب", status, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "تم الحل", Exact = true }).ClickAsync();
        await page.GetByText("المزامنة القادمة").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "pane-after-tap.png"), FullPage = true });

        Assert.Contains("""["addAsync",["تم الحل"]]""", await CallsAsync(page), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "تم الحل", Exact = true }).GetAttributeAsync("aria-pressed"));
        Assert.Empty(aborted);
    }

    [Fact]
    public async Task Pane_BranchTap_ReplacesTheItemsOtherBranchCategory()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var server = await AddInServer.StartAsync(issuer.Authority);
        await server.SeedAnsweredInquiryAsync();
        await using var context = await PaneContextAsync();
        await OfficeStub.RouteAsync(context, AddInServer.Conversation, issuer.Token(), ["فرع: جدة", "متابعة شخصية"], []);
        var page = await context.NewPageAsync();

        await page.GotoAsync(server.Origin + "/addin/pane.html");
        await page.GetByRole(AriaRole.Button, new() { Name = "الطائف" }).ClickAsync();
        await page.GetByText("المزامنة القادمة").WaitForAsync();
        var calls = await CallsAsync(page);

        Assert.Contains("""["removeAsync",["فرع: جدة"]]""", calls, StringComparison.Ordinal);
        Assert.Contains("""["addAsync",["فرع: الطائف"]]""", calls, StringComparison.Ordinal);
        Assert.DoesNotContain("متابعة شخصية\"]", calls.Replace("[\"getAsync\"]", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("false", await page.GetByRole(AriaRole.Button, new() { Name = "جدة" }).GetAttributeAsync("aria-pressed"));
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("foreign")]
    public async Task Pane_TokenRefused_SaysSignInAgain(string bent)
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var server = await AddInServer.StartAsync(issuer.Authority);
        await server.SeedAnsweredInquiryAsync();
        var token = bent == "expired" ? issuer.Token(expiresIn: TimeSpan.FromMinutes(-10)) : issuer.Token(audience: "api://another-app");
        await using var context = await PaneContextAsync();
        await OfficeStub.RouteAsync(context, AddInServer.Conversation, token, [], []);
        var page = await context.NewPageAsync();
        var statuses = new List<int>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/api/addin/status", StringComparison.Ordinal))
            {
                statuses.Add(response.Status);
            }
        };

        await page.GotoAsync(server.Origin + "/addin/pane.html");
        await page.GetByText("سجّل الدخول مرة أخرى").WaitForAsync();

        Assert.Equal([401], statuses);
        Assert.True(await page.Locator("#status").IsHiddenAsync());
        Assert.True(await page.Locator("#actions").IsHiddenAsync());
    }

    [Fact]
    public async Task Pane_StatusShown_NoAccessibilityViolations()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var server = await AddInServer.StartAsync(issuer.Authority);
        await server.SeedAnsweredInquiryAsync();
        await using var context = await PaneContextAsync(bypassContentSecurityPolicy: true);
        await OfficeStub.RouteAsync(context, AddInServer.Conversation, issuer.Token(), ["تم الحل"], []);
        var page = await context.NewPageAsync();

        await page.GotoAsync(server.Origin + "/addin/pane.html");
        await page.Locator("#actions").WaitForAsync();

        Assert.Empty(await AxeCore.ViolationsAsync(page));
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "تم الحل", Exact = true }).GetAttributeAsync("aria-pressed"));
    }

    /// <summary>
    /// The width of Outlook's task pane on the desktop, in an Arabic locale. The page's Content-Security-Policy holds
    /// (the Office.js stand-in comes from the CDN address it allows) unless a test injects axe-core.
    /// </summary>
    private Task<IBrowserContext> PaneContextAsync(bool bypassContentSecurityPolicy = false) => browser.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 350, Height = 760 },
        Locale = "ar-SA",
        BypassCSP = bypassContentSecurityPolicy,
    });

    private static async Task<string> CallsAsync(IPage page) =>
        JsonSerializer.Serialize(await page.EvaluateAsync<JsonElement>("window.officeCalls"), ReadableArabic);
}
