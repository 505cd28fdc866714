using System.Text.RegularExpressions;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Time;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Tests.Support;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Surveys.Tests.Email;

public sealed partial class SurveyEmailComposerTests
{
    private static readonly SurveyTemplates Templates = SurveyTemplates.Load(null);

    private static SurveyEmail Compose(string baseUrl, OutboxKind kind, string token) =>
        new SurveyEmailComposer(Templates, new SurveyLinks(baseUrl), BusinessCalendar.Default)
            .Compose(kind, SurveySubjectKind.Case, "S0123456789abcdef0123456789abcdef", token, Riyadh.At(12, 7, 10));

    [Fact]
    public void Compose_Invitation_ArabicRtlHtmlWithFiveTapTargetsAndOptOut()
    {
        var token = SurveyTokens.Create();

        var email = Compose("https://survey.example.org/", OutboxKind.Initial, token);

        Assert.Contains("<html dir=\"rtl\" lang=\"ar\">", email.Html, StringComparison.Ordinal);
        var links = Href().Matches(email.Html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(
            [.. Enumerable.Range(1, 5).Reverse().Select(r => $"https://survey.example.org/s/{token}?r={r}"), $"https://survey.example.org/s/{token}/optout"],
            links);
        Assert.Contains("طلبكم", email.Html, StringComparison.Ordinal);
        Assert.StartsWith("رأيكم يهمنا", email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", email.Html, StringComparison.Ordinal);
        Assert.Contains("S0123456789abcdef0123456789abcdef", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Invitation_PlainTextPartHasEveryLinkAndNoMarkup()
    {
        var token = SurveyTokens.Create();

        var email = Compose("https://survey.example.org", OutboxKind.Initial, token);

        for (var r = 1; r <= 5; r++)
        {
            Assert.Contains($"https://survey.example.org/s/{token}?r={r}", email.Text, StringComparison.Ordinal);
        }

        Assert.Contains($"https://survey.example.org/s/{token}/optout", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Reminder_SubjectSaysReminder()
    {
        var email = Compose("https://survey.example.org", OutboxKind.Reminder, SurveyTokens.Create());

        Assert.StartsWith("تذكير: ", email.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ValueWithMarkupCharacters_IsEncodedInHtmlOnly()
    {
        var email = Compose("https://survey.example.org/a&b\"<x>", OutboxKind.Initial, SurveyTokens.Create());

        Assert.DoesNotContain("a&b\"<x>", email.Html, StringComparison.Ordinal);
        Assert.Contains("a&amp;b&quot;&lt;x&gt;", email.Html, StringComparison.Ordinal);
        Assert.Contains("a&b\"<x>", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Links_CarryOnlyTheToken()
    {
        var token = SurveyTokens.Create();

        var email = Compose("https://survey.example.org", OutboxKind.Initial, token);

        foreach (var link in Href().Matches(email.Html).Select(m => new Uri(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))))
        {
            Assert.Equal("/s/" + token, link.AbsolutePath.Replace("/optout", "", StringComparison.Ordinal));
            Assert.Matches("^(\\?r=[1-5])?$", link.Query);
        }
    }

    [Fact]
    public void Load_TemplateWithoutALink_IsRefusedNamingIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tarmeem-survey-templates", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var shipped = Path.Combine(AppContext.BaseDirectory, "templates");
            foreach (var file in Directory.GetFiles(shipped, "survey-*"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var html = Path.Combine(folder, SurveyTemplates.EmailHtmlFile);
            File.WriteAllText(html, File.ReadAllText(html).Replace("{{link_3}}", "#", StringComparison.Ordinal));

            var error = Assert.Throws<InvalidOperationException>(() => SurveyTemplates.Load(folder));

            Assert.Contains("{{link_3}}", error.Message, StringComparison.Ordinal);
            Assert.Contains(SurveyTemplates.EmailHtmlFile, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
