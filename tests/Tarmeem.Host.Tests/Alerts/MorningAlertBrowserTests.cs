using Microsoft.Playwright;
using Tarmeem.Host.Tests.Surveys;
using Xunit.Abstractions;

namespace Tarmeem.Host.Tests.Alerts;

/// <summary>The alert as sent through Graph, opened in Chromium: right to left, Arabic font, case numbers left to right.</summary>
public sealed class MorningAlertBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SentAlert_InChromium_RendersRightToLeft()
    {
        await using var h = await AlertHarness.StartAsync();
        await h.Service().RunAsync(CancellationToken.None);
        var jeddah = Assert.Single(h.Server.Mail.Sent, m => m.Recipients.Contains("relations-jeddah@tarmeem.example"));
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 720, Height = 900 },
            DeviceScaleFactor = 2,
            Locale = "ar-SA",
        });
        var tab = await context.NewPageAsync();

        await tab.SetContentAsync(jeddah.BodyContent!);

        Assert.Equal("rtl", await tab.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        Assert.Equal("rtl", await tab.EvaluateAsync<string>("getComputedStyle(document.querySelector('li')).direction"));
        var heading = await tab.Locator("h2").BoundingBoxAsync();
        var text = await tab.EvaluateAsync<double[]>(
            "(() => { const r = document.createRange(); r.selectNodeContents(document.querySelector('h2')); const b = r.getBoundingClientRect(); return [b.left, b.right]; })()");
        Assert.True(heading!.X + heading.Width - text[1] < 2, $"heading text ends at {text[1]}, its box at {heading.X + heading.Width}: not aligned to the right");
        Assert.True(text[0] > heading.X + 50, "the heading's text starts at the left edge: not right to left");
        var link = tab.Locator("a[href*='ID=17']");
        Assert.Equal("J-101", await link.InnerTextAsync());
        Assert.Equal("ltr", await link.EvaluateAsync<string>("a => getComputedStyle(a.parentElement).direction"));
        var letters = await link.EvaluateAsync<double[]>(
            "a => [0, 4].map(i => { const r = document.createRange(); r.setStart(a.firstChild, i); r.setEnd(a.firstChild, i + 1); return r.getBoundingClientRect().left; })");
        Assert.True(letters[0] < letters[1], "the case number J-101 is drawn right to left");
        var shots = Path.Combine(Path.GetTempPath(), "tarmeem-alert-screens");
        Directory.CreateDirectory(shots);
        var shot = Path.Combine(shots, "morning-alert.png");
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);
        output.WriteLine(shot);
    }
}
