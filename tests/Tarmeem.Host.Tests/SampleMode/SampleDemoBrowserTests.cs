using Microsoft.Playwright;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Host.Tests.Serve;
using Tarmeem.Host.Tests.Surveys;

namespace Tarmeem.Host.Tests.SampleMode;

/// <summary>The add-in pane's demo of <c>serve --sample</c> in Chromium, as someone without Outlook opens it.</summary>
public sealed class SampleDemoBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task DemoPane_ServeSample_MarkedAsDemoShowsTheSampleStatusAndATapSetsTheCategory()
    {
        using var temp = new TempFolder();
        var origin = "http://127.0.0.1:" + ServeTests.FreePort();
        await using var app = await ServeSampleTests.StartSampleAsync(temp, origin);
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 350, Height = 760 },
            Locale = "ar-SA",
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync(origin + "/addin/demo.html");
        await page.Locator("#status").WaitForAsync();
        var shots = Path.Combine(Path.GetTempPath(), "tarmeem-addin-screens");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "sample-demo.png"), FullPage = true });

        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        Assert.Contains("عرض تجريبي", await page.Locator("#demo-banner").InnerTextAsync(), StringComparison.Ordinal);
        var status = await page.Locator("#status").InnerTextAsync();
        Assert.Contains("مكة المكرمة", status, StringComparison.Ordinal);
        Assert.Contains("تم الحل", status, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "ليس استفساراً", Exact = true }).ClickAsync();
        await page.GetByText("المزامنة القادمة").WaitForAsync();
        Assert.Equal("ليس استفساراً", await page.Locator("#demo-categories").InnerTextAsync());
    }
}
