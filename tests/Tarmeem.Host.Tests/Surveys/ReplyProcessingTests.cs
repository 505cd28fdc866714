using Tarmeem.GraphLoopback.Mail;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Replies;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>Replies in the loopback inbox, read through Graph: answers count once, automatic mail never, bounces stop the address.</summary>
public sealed class ReplyProcessingTests
{
    private static async Task<(SurveyHarness Harness, string Conversation, string Invitation)> SentOneAsync()
    {
        var harness = await SurveyHarness.StartAsync();
        var invitation = (await harness.PlanAsync(1))[0].InvitationId;
        await harness.Sender().SendDueAsync(10, CancellationToken.None);
        var conversation = harness.Server.Mail.Messages(SurveyHarness.MailboxUpn, "sentitems")[0]["conversationId"]!.GetValue<string>();
        return (harness, conversation, invitation);
    }

    private static void Reply(SurveyHarness harness, string? conversation, string subject, string body, string from = "someone.else@example.net", params (string Name, string Value)[] headers) =>
        harness.Server.Mail.AddMessage(SurveyHarness.MailboxUpn, "inbox", new MessageSeed(subject, from, SurveyHarness.Now.AddHours(2))
        {
            ConversationId = conversation,
            BodyText = body,
            InternetMessageHeaders = headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)).ToList(),
        });

    private static ReplyProcessor Processor(SurveyHarness harness) => new(harness.Surveys, harness.Mailbox, harness.Options, harness.Clock);

    [Fact]
    public async Task ProcessInbox_ReplyInThreadWithArabicDigit_CountsOnceWhateverTheSender()
    {
        var (harness, conversation, _) = await SentOneAsync();
        await using var _ = harness;
        Reply(harness, conversation, "RE: رأيكم يهمنا", "٥\n\nمن: علاقات المستفيدين\n١ — غير راضٍ إطلاقاً");

        var first = await Processor(harness).ProcessInboxAsync(SurveyHarness.Now, CancellationToken.None);
        var again = await Processor(harness).ProcessInboxAsync(SurveyHarness.Now, CancellationToken.None);

        Assert.Equal((1, 0), (first.Answers, first.Unmatched));
        Assert.Equal((0, 1), (again.Answers, again.SeenBefore));
        var counts = await harness.Surveys.CountStatusAsync(CancellationToken.None);
        Assert.Equal(1, counts.ResponsesBySource["EmailReply"]);
    }

    [Fact]
    public async Task ProcessInbox_ThreadLostButReferenceQuoted_Matched_UnrelatedMailNot()
    {
        var (harness, _, invitation) = await SentOneAsync();
        await using var _ = harness;
        Reply(harness, null, "تقييم", $"ممتاز\n> المرجع: {invitation}");
        Reply(harness, null, "سؤال", "ممتاز، متى موعدي؟");

        var summary = await Processor(harness).ProcessInboxAsync(SurveyHarness.Now, CancellationToken.None);

        Assert.Equal((1, 1), (summary.Answers, summary.Unmatched));
    }

    [Fact]
    public async Task ProcessInbox_AutoReplyAndOutOfOffice_AreNotAnswers()
    {
        var (harness, conversation, _) = await SentOneAsync();
        await using var _ = harness;
        Reply(harness, conversation, "Automatic reply: رأيكم يهمنا", "I am away until 5 December");
        Reply(harness, conversation, "RE: رأيكم يهمنا", "5", headers: ("Auto-Submitted", "auto-replied"));

        var summary = await Processor(harness).ProcessInboxAsync(SurveyHarness.Now, CancellationToken.None);

        Assert.Equal((0, 2), (summary.Answers, summary.AutoReplies));
        Assert.False((await harness.Surveys.CountStatusAsync(CancellationToken.None)).ResponsesBySource.ContainsKey("EmailReply"));
    }

    [Fact]
    public async Task ProcessInbox_TwoBounces_StopMailToThatAddress()
    {
        var (harness, conversation, _) = await SentOneAsync();
        await using var _ = harness;
        Reply(harness, conversation, "Undeliverable: رأيكم يهمنا", "Delivery has failed to these recipients", "postmaster@example.org");
        Reply(harness, conversation, "Undeliverable: تذكير: رأيكم يهمنا", "5.1.1 mailbox unavailable", "postmaster@example.org");

        var summary = await Processor(harness).ProcessInboxAsync(SurveyHarness.Now, CancellationToken.None);

        Assert.Equal((2, 1, 0), (summary.Bounces, summary.AddressesStopped, summary.Answers));
        var history = await harness.Surveys.ReadHistoryAsync(CancellationToken.None);
        Assert.Equal(2, history.Bounces[ContactKeys.For("person0@example.org")]);
    }
}
