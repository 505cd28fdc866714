using System.Net;
using System.Text.RegularExpressions;
using Tarmeem.GraphLoopback.Faults;
using Tarmeem.Surveys.Outbox;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>The survey as Graph receives it (MIME: HTML and plain text), and the draft left untagged by a failure between create and tag.</summary>
public sealed partial class GraphSurveyMailboxTests
{
    private const string TagPatch = @"/users/[^/]+/messages/[^/]+$";

    [GeneratedRegex("href=\"([^\"]+)\"", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Href();

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Url();

    [GeneratedRegex("^/users/[^/]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Mailbox();

    [GeneratedRegex("/messages/[^/]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MessageId();

    [Fact]
    public async Task SendDue_OneInvitation_SentAsRtlArabicHtmlAndPlainTextWithTheSameLinks()
    {
        await using var harness = await SurveyHarness.StartAsync();
        var planned = await harness.PlanAsync(1);

        await harness.Sender().SendDueAsync(10, CancellationToken.None);

        var sent = Assert.Single(harness.Server.Mail.Sent);
        Assert.Equal("رأيكم يهمنا: استبيان قصير من جمعية ترميم", sent.Subject);
        Assert.Contains("<html dir=\"rtl\" lang=\"ar\">", sent.BodyContent, StringComparison.Ordinal);
        Assert.Contains("ما مدى رضاكم العام عن الخدمة؟", sent.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("<", sent.PlainText, StringComparison.Ordinal);
        var htmlLinks = Href().Matches(sent.BodyContent!).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Order(StringComparer.Ordinal).ToList();
        var textLinks = Url().Matches(sent.PlainText!).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(6, htmlLinks.Count);
        Assert.Equal(htmlLinks, textLinks);
        Assert.All(textLinks, l => Assert.StartsWith("https://survey.example.org/", l, StringComparison.Ordinal));
        Assert.Equal(planned[0].InvitationId, sent.Header(OutgoingSurveyMail.InvitationHeader));
        Assert.Equal(harness.Mailbox.MessageIdFor(planned[0].MessageKey), sent.Message["internetMessageId"]!.GetValue<string>());
        Assert.Equal(
            ["POST /messages", "PATCH /messages/{id}", "POST /messages/{id}/send"],
            harness.Server.Log.Entries.Where(e => e.Method != "GET").Select(e => e.Method + " " + MessageId().Replace(Mailbox().Replace(e.Path, ""), "/messages/{id}")));
    }

    [Fact]
    public async Task SendDue_TaggingFailsAfterTheDraftExists_NextRunSendsThatDraftOnce()
    {
        await using var harness = await SurveyHarness.StartAsync();
        var planned = await harness.PlanAsync(1);
        harness.Server.Faults.Inject(TagPatch, GraphFault.ServiceUnavailable(), times: 1, method: "PATCH");

        var failed = await harness.Sender().SendDueAsync(10, CancellationToken.None);
        var untagged = Assert.Single(harness.Server.Mail.Messages(SurveyHarness.MailboxUpn, "drafts"));
        var retry = await harness.Sender().SendDueAsync(10, CancellationToken.None);

        Assert.Equal((0, 1), (failed.Sent, failed.Postponed));
        Assert.Empty(untagged["singleValueExtendedProperties"]!.AsArray());
        Assert.Equal(1, retry.Sent);
        var sent = Assert.Single(harness.Server.Mail.Sent);
        Assert.Equal(untagged["internetMessageId"]!.GetValue<string>(), sent.Message["internetMessageId"]!.GetValue<string>());
        Assert.Empty(harness.Server.Mail.Messages(SurveyHarness.MailboxUpn, "drafts"));
        Assert.NotNull((await harness.Mailbox.LocateAsync(planned[0].MessageKey, CancellationToken.None)).Sent);
    }

    [Fact]
    public async Task SendDue_UntaggedDraftSentByHandMeanwhile_RecoveredNotSentAgain()
    {
        await using var harness = await SurveyHarness.StartAsync();
        await harness.PlanAsync(1);
        harness.Server.Faults.Inject(TagPatch, GraphFault.ServiceUnavailable(), times: 1, method: "PATCH");
        await harness.Sender().SendDueAsync(10, CancellationToken.None);
        var untagged = Assert.Single(harness.Server.Mail.Messages(SurveyHarness.MailboxUpn, "drafts"));
        await harness.Mailbox.SendDraftAsync(untagged["id"]!.GetValue<string>(), CancellationToken.None);

        var retry = await harness.Sender().SendDueAsync(10, CancellationToken.None);

        Assert.Equal((0, 1), (retry.Sent, retry.Recovered));
        Assert.Single(harness.Server.Mail.Sent);
        Assert.Equal(1, await harness.Surveys.CountSentSinceAsync(SurveyHarness.Now.AddDays(-1), CancellationToken.None));
    }
}
