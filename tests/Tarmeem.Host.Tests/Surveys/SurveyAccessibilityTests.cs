using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>
/// The survey e-mail and page as a beneficiary meets them on a phone: axe-core finds no WCAG A/AA violation, the
/// optional questions' tiles sit in one row and are named by what they show, nothing scrolls sideways, the footer
/// is readable and its opt-out link easy to tap, and the page's own policy refuses nothing the page uses.
/// </summary>
public sealed partial class SurveyAccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task EmailAndEveryPage_AxeCore_NoWcagAOrAAViolation()
    {
        await using var survey = await SentSurvey.StartAsync();
        await using var context = await browser.PhoneAsync(bypassContentSecurityPolicy: true);
        var tab = await context.NewPageAsync();
        var found = new List<string>();

        await tab.SetContentAsync(survey.Mail);
        found.AddRange((await AxeCore.ViolationsAsync(tab)).Select(v => "e-mail: " + v));
        await tab.GotoAsync(survey.Link);
        found.AddRange((await AxeCore.ViolationsAsync(tab)).Select(v => "form: " + v));
        await tab.GotoAsync(survey.Link.Split('?')[0]);
        await tab.GetByRole(AriaRole.Button, new() { Name = "إرسال التقييم" }).ClickAsync();
        await tab.Locator("#rating-error").WaitForAsync();
        found.AddRange((await AxeCore.ViolationsAsync(tab)).Select(v => "form with error: " + v));
        await tab.Locator("#r-5").CheckAsync();
        await tab.GetByRole(AriaRole.Button, new() { Name = "إرسال التقييم" }).ClickAsync();
        await tab.Locator("#your-rating").WaitForAsync();
        found.AddRange((await AxeCore.ViolationsAsync(tab)).Select(v => "thanks: " + v));
        await tab.GotoAsync(survey.Link.Split('?')[0] + "/optout");
        found.AddRange((await AxeCore.ViolationsAsync(tab)).Select(v => "opt-out: " + v));

        Assert.Empty(found);
    }

    [Fact]
    public async Task OptionalQuestions_At390Px_FiveTilesInOneRowNamedByTheirVisibleText()
    {
        await using var survey = await SentSurvey.StartAsync();
        await using var context = await browser.PhoneAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(survey.Link);

        foreach (var row in await tab.Locator(".row").AllAsync())
        {
            var tiles = await row.Locator("label").AllAsync();
            Assert.Equal(5, tiles.Count);
            var tops = await Task.WhenAll(tiles.Select(async t => Math.Round((await t.BoundingBoxAsync())!.Y)));
            Assert.Single(tops.Distinct());
            foreach (var tile in tiles)
            {
                var visible = Spaces().Replace(await tile.InnerTextAsync(), " ").Trim();
                Assert.Matches("^[١-٥] \\p{IsArabic}", visible);
                var input = tile.Locator("input");
                var named = row.GetByRole(AriaRole.Radio, new() { Name = visible, Exact = true });
                Assert.Equal(await input.GetAttributeAsync("id"), await named.GetAttributeAsync("id"));
                Assert.Null(await input.GetAttributeAsync("aria-label"));
                Assert.True(await tile.EvaluateAsync<bool>("t => t.scrollWidth <= t.clientWidth"), visible + " overflows its tile");
            }
        }

        Assert.Equal(4, await tab.Locator(".row").CountAsync());
        Assert.Equal(390, await tab.EvaluateAsync<int>("document.documentElement.scrollWidth"));
    }

    [Fact]
    public async Task EmailAndPage_At320Px_NoSidewaysScrollFooterReadableOptOutEasyToTap()
    {
        await using var survey = await SentSurvey.StartAsync();
        await using var context = await browser.PhoneAsync(width: 320);
        var tab = await context.NewPageAsync();

        await tab.SetContentAsync(survey.Mail);
        var emailWidth = await tab.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var emailOptOut = tab.Locator("a[href*='/optout']");
        var emailFooter = await emailOptOut.EvaluateAsync<double>("a => parseFloat(getComputedStyle(a.closest('td')).fontSize)");
        var emailTap = (await emailOptOut.BoundingBoxAsync())!;
        await tab.GotoAsync(survey.Link);
        var pageWidth = await tab.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var pageOptOut = tab.Locator("a.optout");
        var pageFooter = await pageOptOut.EvaluateAsync<double>("a => parseFloat(getComputedStyle(a).fontSize)");
        var pageTap = (await pageOptOut.BoundingBoxAsync())!;
        var shots = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "tarmeem-survey-screens")).FullName;
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "survey-form-320.png"), FullPage = true });

        Assert.Equal(320, emailWidth);
        Assert.Equal(320, pageWidth);
        Assert.True(emailFooter >= 16, $"e-mail footer {emailFooter} px");
        Assert.True(pageFooter >= 16, $"page footer {pageFooter} px");
        Assert.True(emailTap.Height >= 44, $"e-mail opt-out {emailTap.Width}×{emailTap.Height}");
        Assert.True(pageTap.Height >= 44, $"page opt-out {pageTap.Width}×{pageTap.Height}");
    }

    [Fact]
    public async Task Form_UnderItsOwnContentSecurityPolicy_StylesAppliedNothingRefused()
    {
        await using var survey = await SentSurvey.StartAsync();
        await using var context = await browser.PhoneAsync();
        var tab = await context.NewPageAsync();
        var refused = new List<string>();
        tab.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };

        await tab.GotoAsync(survey.Link);
        var background = await tab.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        var injected = await tab.EvaluateAsync<bool>(
            "() => { const s = document.createElement('style'); s.textContent = 'body { background: rgb(1, 2, 3) }'; document.head.append(s); return getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)'; }");

        Assert.Equal("rgb(244, 246, 245)", background);
        Assert.False(injected);
        Assert.Single(refused);
    }

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
