using System.Text;
using MimeKit;
using Tarmeem.Host.Surveys;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Outbox;

namespace Tarmeem.Host.Tests.Surveys;

public sealed class SurveyMimeMessageTests
{
    private static OutgoingSurveyMail Mail(string subject) => new(
        "person@example.org",
        new SurveyEmail(subject, "<html dir=\"rtl\" lang=\"ar\"><body><a href=\"https://survey.example.org/s/t?r=5\">٥</a></body></html>", "٥: https://survey.example.org/s/t?r=5\nالمرجع: S1\n"),
        "S1.Reminder",
        "S1");

    [Fact]
    public void Build_LongArabicSubjectWithEmoji_LinesWithinRfcLimitsAndAnotherParserReadsItBack()
    {
        var subject = "تذكير: رأيكم يهمنا 🌿 استبيان قصير من جمعية ترميم التنمية بمنطقة مكة المكرمة 🌿";

        var mime = SurveyMimeMessage.Build(Mail(subject), "<survey.1@tarmeem.example>");
        var read = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mime)));

        Assert.All(mime.Split("\r\n"), line => Assert.True(line.Length <= 76, $"{line.Length}: {line}"));
        Assert.DoesNotContain(mime.Replace("\r\n", "", StringComparison.Ordinal), c => c > 127);
        Assert.Equal(subject, read.Subject);
        Assert.Equal("survey.1@tarmeem.example", read.MessageId);
        Assert.Equal("S1", read.Headers[OutgoingSurveyMail.InvitationHeader]);
        Assert.Equal(["person@example.org"], read.To.Mailboxes.Select(m => m.Address));
        var alternative = Assert.IsType<MultipartAlternative>(read.Body);
        var parts = alternative.OfType<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.All(parts, p => Assert.Equal(("utf-8", ContentEncoding.Base64), (p.ContentType.Charset, p.ContentTransferEncoding)));
        using var plain = new MemoryStream();
        parts[0].Content!.DecodeTo(plain);
        Assert.Equal("٥: https://survey.example.org/s/t?r=5\r\nالمرجع: S1\r\n", Encoding.UTF8.GetString(plain.ToArray()));
        Assert.Equal(Mail(subject).Content.Html, read.HtmlBody);
    }

    [Fact]
    public void Build_HeaderValueWithLineBreak_Refused()
    {
        var mail = Mail("x") with { InvitationId = "S1\r\nBcc: everyone@example.org" };

        Assert.Throws<ArgumentException>(() => SurveyMimeMessage.Build(mail, "<survey.1@tarmeem.example>"));
    }
}
