using System.Globalization;
using System.Text;
using MimeKit;
using Tarmeem.Host.Surveys;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Outbox;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>Seeded property test of the MIME composer: every message it writes is read back by MimeKit, Arabic and all.</summary>
public sealed class SurveyMimeMessageFuzzTests
{
    private static readonly string[] LocalParts = ["person", "a.b-c_d+tag", "مستفيد", "x", "very.long.name.of.someone.who.types.a.lot"];

    [Fact]
    public void Build_RandomSubjectsBodiesAndAddresses_MimeKitReadsEveryPartBack()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 2_000; i++)
        {
            // Templates and our own ids go in: valid Unicode (no broken surrogates) and no line break in a header value.
            var subject = FuzzText.Any(random, i % 50 == 0 ? 2_000 : 120, loneSurrogates: false);
            var text = FuzzText.Any(random, 600, loneSurrogates: false);
            var html = "<html dir=\"rtl\" lang=\"ar\"><body><p>" + FuzzText.Any(random, 600, loneSurrogates: false) + "</p></body></html>";
            var recipient = LocalParts[random.Next(LocalParts.Length)] + "@" + (random.Next(2) == 0 ? "example.org" : "tarmeem.example");
            var invitation = "S" + random.Next().ToString(CultureInfo.InvariantCulture);
            var mail = new OutgoingSurveyMail(recipient, new SurveyEmail(subject, html, text), invitation + ".Initial", invitation);

            var mime = SurveyMimeMessage.Build(mail, $"<survey.{invitation}@tarmeem.example>");
            var read = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mime)));

            Assert.All(mime.Split("\r\n"), line => Assert.True(line.Length <= 998, $"message {i}: a line of {line.Length}"));
            Assert.Equal(SurveyMimeMessage.SubjectLine(subject), read.Subject);
            Assert.DoesNotContain(read.Subject ?? "", char.IsControl);
            Assert.Equal($"survey.{invitation}@tarmeem.example", read.MessageId);
            Assert.Equal(invitation, read.Headers[OutgoingSurveyMail.InvitationHeader]);
            Assert.Equal([recipient], read.To.Mailboxes.Select(m => m.Address));
            var parts = Assert.IsType<MultipartAlternative>(read.Body).OfType<TextPart>().ToList();
            Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
            Assert.Equal(SurveyMimeMessage.CanonicalLineBreaks(text), Decoded(parts[0]));
            Assert.Equal(SurveyMimeMessage.CanonicalLineBreaks(html), Decoded(parts[1]));
            Assert.DoesNotMatch(@"\r(?!\n)|(?<!\r)\n", Decoded(parts[0]));
        }
    }

    private static string Decoded(TextPart part)
    {
        using var bytes = new MemoryStream();
        part.Content!.DecodeTo(bytes);
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
