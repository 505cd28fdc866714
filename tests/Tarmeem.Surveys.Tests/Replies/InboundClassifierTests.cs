using Tarmeem.Surveys.Replies;

namespace Tarmeem.Surveys.Tests.Replies;

public sealed class InboundClassifierTests
{
    private static InboundMail Mail(string subject, params (string Name, string Value)[] headers) =>
        new("m1", "c1", subject, "5", DateTimeOffset.UnixEpoch, headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)).ToList());

    [Theory]
    [InlineData("Undeliverable: رأيكم يهمنا")]
    [InlineData("Delivery Status Notification (Failure)")]
    [InlineData("Mail delivery failed: returning message to sender")]
    [InlineData("تعذر التسليم: رأيكم يهمنا")]
    public void Classify_NdrSubject_Bounce(string subject) => Assert.Equal(InboundKind.Bounce, InboundClassifier.Classify(Mail(subject)));

    [Fact]
    public void Classify_ExchangeNdrHeader_Bounce() =>
        Assert.Equal(InboundKind.Bounce, InboundClassifier.Classify(Mail("RE: رأيكم يهمنا", ("X-MS-Exchange-Message-Is-Ndr", ""))));

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("X-Auto-Response-Suppress", "All")]
    [InlineData("Precedence", "auto_reply")]
    [InlineData("X-Autoreply", "yes")]
    public void Classify_AutomaticHeader_AutoReply(string name, string value) =>
        Assert.Equal(InboundKind.AutoReply, InboundClassifier.Classify(Mail("RE: رأيكم يهمنا", (name, value))));

    [Theory]
    [InlineData("Automatic reply: رأيكم يهمنا")]
    [InlineData("رد تلقائي: رأيكم يهمنا")]
    [InlineData("Out of Office: back on Sunday")]
    public void Classify_AutoReplySubject_AutoReply(string subject) => Assert.Equal(InboundKind.AutoReply, InboundClassifier.Classify(Mail(subject)));

    [Fact]
    public void Classify_PersonsReply_Human() =>
        Assert.Equal(InboundKind.Human, InboundClassifier.Classify(Mail("RE: رأيكم يهمنا", ("Auto-Submitted", "no"))));
}
