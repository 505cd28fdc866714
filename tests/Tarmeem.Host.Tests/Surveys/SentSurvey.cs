using System.Net;
using System.Text.RegularExpressions;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>One survey sent through the loopback Graph server with its links pointing at a running survey page.</summary>
internal sealed partial class SentSurvey : IAsyncDisposable
{
    private SentSurvey(SurveyHarness harness, SurveyPageServer page, string mail)
    {
        Harness = harness;
        Page = page;
        Mail = mail;
        Link = WebUtility.HtmlDecode(RatingLink().Match(mail).Groups[1].Value);
    }

    public SurveyHarness Harness { get; }

    public SurveyPageServer Page { get; }

    /// <summary>The sent message's HTML body, as the loopback server captured it.</summary>
    public string Mail { get; }

    /// <summary>The mail's link for the rating 4.</summary>
    public string Link { get; }

    public static async Task<SentSurvey> StartAsync()
    {
        var harness = await SurveyHarness.StartAsync();
        var page = await SurveyPageServer.StartAsync(harness.Surveys, harness.Clock, harness.Options);
        harness.UsePublicBaseUrl(page.Origin);
        await harness.PlanAsync(1);
        var summary = await harness.Sender().SendDueAsync(10, CancellationToken.None);
        Assert.Equal(1, summary.Sent);
        return new SentSurvey(harness, page, Assert.Single(harness.Server.Mail.Sent).BodyContent!);
    }

    public async ValueTask DisposeAsync()
    {
        await Page.DisposeAsync();
        await Harness.DisposeAsync();
    }

    [GeneratedRegex("href=\"([^\"]+\\?r=4)\"")]
    private static partial Regex RatingLink();
}
