using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tarmeem.Surveys.Outbox;
using Xunit.Abstractions;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>
/// A beneficiary's path on a phone: the survey e-mail sent through Graph (as the loopback server captured it), one
/// tap on a rating link, the page in Chromium with that rating chosen, the other questions, submit, thanks.
/// </summary>
public sealed partial class SurveyBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TapRatingInSentMail_ThenSubmit_RecordedOnceThanksShownCommentInert()
    {
        await using var harness = await SurveyHarness.StartAsync();
        await using var page = await SurveyPageServer.StartAsync(harness.Surveys, harness.Clock, harness.Options);
        harness.UsePublicBaseUrl(page.Origin);
        await harness.PlanAsync(1);
        var summary = await harness.Sender().SendDueAsync(10, CancellationToken.None);
        Assert.Equal(1, summary.Sent);
        var mail = Assert.Single(harness.Server.Mail.Sent);
        var link = System.Net.WebUtility.HtmlDecode(RatingLink().Match(mail.BodyContent!).Groups[1].Value);
        Assert.StartsWith(page.Origin + "/s/", link, StringComparison.Ordinal);
        Assert.NotNull(mail.Header(OutgoingSurveyMail.InvitationHeader));

        await using var context = await browser.PhoneAsync();
        var tab = await context.NewPageAsync();
        var dialogs = 0;
        tab.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        var opened = await tab.GotoAsync(link);
        Assert.Equal(200, opened!.Status);
        Assert.True(await tab.Locator("#r-4").IsCheckedAsync());
        Assert.False(await tab.Locator("#r-5").IsCheckedAsync());
        Assert.Equal("rtl", await tab.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        await tab.ReloadAsync();
        Assert.Equal(0, (await harness.Surveys.CountStatusAsync(CancellationToken.None)).ResponsesBySource.Values.Sum());

        const string comment = "<script>alert('x')</script><img src=x onerror=alert(1)> =HYPERLINK(\"http://evil.example\",\"x\") شكراً";
        await tab.Locator("#Courtesy-5").CheckAsync();
        await tab.GetByLabel("ملاحظات أو اقتراحات (اختياري)").FillAsync(comment);
        await tab.GetByRole(AriaRole.Button, new() { Name = "إرسال التقييم" }).ClickAsync();
        await tab.Locator("#your-comment").WaitForAsync();

        Assert.Equal(comment, await tab.Locator("#your-comment").TextContentAsync());
        Assert.Equal(0, await tab.Locator("#your-comment *").CountAsync());
        Assert.Contains("شكراً لكم، وصلنا تقييمكم.", await tab.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, dialogs);
        var counts = await harness.Surveys.CountStatusAsync(CancellationToken.None);
        Assert.Equal(1, counts.ResponsesBySource["SurveyPage"]);

        var shots = Path.Combine(Path.GetTempPath(), "tarmeem-survey-screens");
        Directory.CreateDirectory(shots);
        await tab.GotoAsync(link);
        var form = Path.Combine(shots, "survey-already.png");
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = form, FullPage = true });
        output.WriteLine("screenshots in " + shots);
    }

    [Fact]
    public async Task OpenForm_OnPhone_ScreenshotOfFormAndThanks()
    {
        await using var harness = await SurveyHarness.StartAsync();
        await using var page = await SurveyPageServer.StartAsync(harness.Surveys, harness.Clock, harness.Options);
        harness.UsePublicBaseUrl(page.Origin);
        await harness.PlanAsync(1);
        await harness.Sender().SendDueAsync(10, CancellationToken.None);
        var link = System.Net.WebUtility.HtmlDecode(RatingLink().Match(harness.Server.Mail.Sent[0].BodyContent!).Groups[1].Value);
        await using var context = await browser.PhoneAsync();
        var tab = await context.NewPageAsync();
        var shots = Path.Combine(Path.GetTempPath(), "tarmeem-survey-screens");
        Directory.CreateDirectory(shots);

        await tab.SetContentAsync(harness.Server.Mail.Sent[0].BodyContent!);
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "survey-email.png") });
        var tapTargets = await tab.Locator("a[href*='?r=']").AllAsync();
        Assert.Equal(5, tapTargets.Count);
        Assert.All(await Task.WhenAll(tapTargets.Select(t => t.BoundingBoxAsync())), box => Assert.True(box!.Height >= 44 && box.Width >= 300, $"tap target {box.Width}×{box.Height}"));
        await tab.GotoAsync(link);
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "survey-form.png"), FullPage = true });
        await tab.GetByLabel("ملاحظات أو اقتراحات (اختياري)").FillAsync("الخدمة ممتازة <b>شكراً</b>");
        await tab.GetByRole(AriaRole.Button, new() { Name = "إرسال التقييم" }).ClickAsync();
        await tab.Locator("#your-comment").WaitForAsync();
        var thanks = Path.Combine(shots, "survey-thanks.png");
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = thanks });

        Assert.True(new FileInfo(thanks).Length > 10_000);
        output.WriteLine(thanks);
    }

    [GeneratedRegex("href=\"([^\"]+\\?r=4)\"")]
    private static partial Regex RatingLink();
}
