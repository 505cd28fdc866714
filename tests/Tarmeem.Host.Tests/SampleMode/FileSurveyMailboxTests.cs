using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Tarmeem.Host.SampleMode;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Outbox;

namespace Tarmeem.Host.Tests.SampleMode;

/// <summary>The sample's survey mailbox answers the sender's look-ups as the Graph one does: drafts, then the sent copy.</summary>
public sealed class FileSurveyMailboxTests
{
    [Fact]
    public async Task LocateAsync_DraftThenSent_FindsEachWhereItIs()
    {
        using var temp = new TempFolder();
        var mailbox = new FileSurveyMailbox(temp.Path, new FakeTimeProvider(CliRun.Now));
        var mail = new OutgoingSurveyMail(
            "one@example.org", new SurveyEmail("رأيكم يهمنا", "<html dir=\"rtl\" lang=\"ar\"><body>شكراً</body></html>", "شكراً"), "outbox:1", "S1");

        var draft = await mailbox.CreateDraftAsync(mail, CancellationToken.None);
        var before = await mailbox.LocateAsync("outbox:1", CancellationToken.None);
        Assert.Equal([draft.Id], before.Drafts.Select(d => d.Id));
        Assert.Null(before.Sent);
        var other = await mailbox.LocateAsync("outbox:2", CancellationToken.None);
        Assert.Empty(other.Drafts);
        Assert.Null(other.Sent);

        await mailbox.SendDraftAsync(draft.Id, CancellationToken.None);
        var after = await mailbox.LocateAsync("outbox:1", CancellationToken.None);
        Assert.Empty(after.Drafts);
        Assert.Equal(draft.Id, after.Sent?.Id);
        Assert.Equal(draft.InternetMessageId, after.Sent?.InternetMessageId);
        await mailbox.DeleteDraftAsync(draft.Id, CancellationToken.None);

        using var sent = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(temp.Path, "*.eml")));
        Assert.Equal("رأيكم يهمنا", sent.Subject);
        Assert.Equal("S1", sent.Headers[OutgoingSurveyMail.InvitationHeader]);
        Assert.Contains("dir=\"rtl\"", sent.HtmlBody, StringComparison.Ordinal);
    }
}
