using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.SendMail;
using Tarmeem.GraphLoopback.Tests.Support;

namespace Tarmeem.GraphLoopback.Tests.Mail;

public sealed class SendMailTests
{
    private static Message Survey(string tag) => new()
    {
        Subject = "استبيان رضا العملاء",
        Body = new ItemBody { ContentType = BodyType.Text, Content = "شكرا لتواصلكم" },
        ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "customer@example.com" } }],
        InternetMessageHeaders = [new InternetMessageHeader { Name = "X-Tarmeem-Tag", Value = tag }],
    };

    [Fact]
    public async Task SendMail_SaveToSentItems_Answers202AndLandsInSentItems()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);

        await client.Users[MailSeed.UserId].SendMail.PostAsync(new SendMailPostRequestBody { Message = Survey("s-1"), SaveToSentItems = true }, cancellationToken: ct);

        var sent = Assert.Single(server.Mail.Sent);
        Assert.Equal("s-1", sent.Header("X-Tarmeem-Tag"));
        Assert.Equal(["customer@example.com"], sent.Recipients);
        var copy = Assert.Single(server.Mail.Messages(MailSeed.UserId, "sentitems"));
        Assert.Equal("استبيان رضا العملاء", copy["subject"]!.GetValue<string>());
        var entry = Assert.Single(server.Log.Entries);
        Assert.Equal(("POST", "/v1.0/users/" + MailSeed.UserId + "/sendMail", 202), (entry.Method, entry.Target, entry.Status));
        Assert.Contains("\"Message\":{", entry.Body, StringComparison.Ordinal);
        Assert.Contains("\"SaveToSentItems\":true", entry.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMail_SaveToSentItemsFalse_IsRecordedButNotFiled()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);

        await client.Users[MailSeed.Upn].SendMail.PostAsync(new SendMailPostRequestBody { Message = Survey("s-2"), SaveToSentItems = false }, cancellationToken: ct);

        Assert.Single(server.Mail.Sent);
        Assert.Empty(server.Mail.Messages(MailSeed.UserId, "sentitems"));
    }

    [Fact]
    public async Task DraftThenSend_SendingTwice_SendsOnceAndSecondGets404()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);

        var draft = await client.Users[MailSeed.UserId].Messages.PostAsync(Survey("d-1"), cancellationToken: ct);
        Assert.True(draft!.IsDraft);
        await client.Users[MailSeed.UserId].Messages[draft.Id].Send.PostAsync(cancellationToken: ct);
        var again = await Assert.ThrowsAsync<ODataError>(() => client.Users[MailSeed.UserId].Messages[draft.Id].Send.PostAsync(cancellationToken: ct));

        Assert.Equal(404, again.ResponseStatusCode);
        Assert.Equal(1, server.Mail.Sent.Count(s => s.Header("X-Tarmeem-Tag") == "d-1"));
        Assert.Empty(server.Mail.Messages(MailSeed.UserId, "drafts"));
        Assert.Single(server.Mail.Messages(MailSeed.UserId, "sentitems"));
    }

    [Fact]
    public async Task SendMail_NoRecipients_Gives400()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);
        var message = Survey("x");
        message.ToRecipients = [];

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Users[MailSeed.UserId].SendMail.PostAsync(new SendMailPostRequestBody { Message = message }, cancellationToken: ct));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Empty(server.Mail.Sent);
    }

    [Fact]
    public async Task DeleteDraft_DeleteMovesToDeletedItems_PermanentDeleteRemovesAndRepeats404()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);
        var moved = await client.Users[MailSeed.UserId].Messages.PostAsync(Survey("d-2"), cancellationToken: ct);
        var removed = await client.Users[MailSeed.UserId].Messages.PostAsync(Survey("d-3"), cancellationToken: ct);

        await client.Users[MailSeed.UserId].Messages[moved!.Id].DeleteAsync(cancellationToken: ct);
        await client.Users[MailSeed.UserId].Messages[removed!.Id].PermanentDelete.PostAsync(cancellationToken: ct);
        var again = await Assert.ThrowsAsync<ODataError>(() => client.Users[MailSeed.UserId].Messages[removed.Id].PermanentDelete.PostAsync(cancellationToken: ct));

        Assert.Equal(404, again.ResponseStatusCode);
        Assert.Empty(server.Mail.Messages(MailSeed.UserId, "drafts"));
        Assert.Single(server.Mail.Messages(MailSeed.UserId, "deleteditems"));
    }
}
