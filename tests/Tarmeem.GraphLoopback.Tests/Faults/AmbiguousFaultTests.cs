using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Tarmeem.GraphLoopback.Faults;
using Tarmeem.GraphLoopback.Tests.Mail;
using Tarmeem.GraphLoopback.Tests.Support;

namespace Tarmeem.GraphLoopback.Tests.Faults;

/// <summary>Faults where the server really did the work, or refused an update, and the caller is left to find out.</summary>
public sealed class AmbiguousFaultTests
{
    private const string DraftJson =
        """{"subject":"استبيان","body":{"contentType":"text","content":"نص"},"toRecipients":[{"emailAddress":{"address":"customer@example.com"}}]}""";

    private const string SendMailJson = """{"message":""" + DraftJson + ""","saveToSentItems":true}""";

    [Fact]
    public async Task Conflict_OnMessagePatch_Answers409AndLeavesMessageUnchanged()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await MailboxServerAsync(TimeProvider.System, ct);
        var id = server.Mail.AddMessage(MailSeed.Upn, "drafts", new GraphLoopback.Mail.MessageSeed("مسودة", "desk@contoso.com", new DateTimeOffset(2025, 1, 5, 6, 0, 0, TimeSpan.Zero)));
        var rule = server.Faults.Inject(MailFaultPaths.Message, ConflictFault.Irresolvable(), method: "PATCH");
        using var client = LoopbackGraph.Client(server);

        var error = await Assert.ThrowsAsync<ODataError>(() =>
            client.Users[MailSeed.UserId].Messages[id].PatchAsync(new Message { Subject = "تغيير" }, cancellationToken: ct));

        Assert.Equal(409, error.ResponseStatusCode);
        Assert.Equal("ErrorIrresolvableConflict", error.Error!.Code);
        Assert.Equal(1, rule.Hits);
        Assert.Equal("مسودة", Assert.Single(server.Mail.Messages(MailSeed.UserId, "drafts"))["subject"]!.GetValue<string>());
    }

    [Fact]
    public async Task GatewayTimeoutAfterWork_OnCreate_Answers504ButTheDraftExists()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await MailboxServerAsync(TimeProvider.System, ct);
        server.Faults.Inject(MailFaultPaths.MessageCreate, AfterWorkFault.GatewayTimeout(), method: "POST");
        using var http = new HttpClient();

        using var response = await PostAsync(http, server, "/users/" + MailSeed.UserId + "/messages", DraftJson, ct);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Single(server.Mail.Messages(MailSeed.UserId, "drafts"));
    }

    [Fact]
    public async Task GatewayTimeoutAfterWork_OnSendMail_Answers504ButTheMailWasSent()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await MailboxServerAsync(TimeProvider.System, ct);
        server.Faults.Inject(MailFaultPaths.SendMail, AfterWorkFault.GatewayTimeout(), method: "POST");
        using var http = new HttpClient();

        using var response = await PostAsync(http, server, "/users/" + MailSeed.UserId + "/sendMail", SendMailJson, ct);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Single(server.Mail.Sent);
        Assert.Single(server.Mail.Messages(MailSeed.UserId, "sentitems"));
    }

    [Fact]
    public async Task GatewayTimeoutAfterWork_OnDraftSend_Answers504ButTheDraftWasSent()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await MailboxServerAsync(TimeProvider.System, ct);
        server.Faults.Inject(MailFaultPaths.DraftSend, AfterWorkFault.GatewayTimeout(), method: "POST");
        using var http = new HttpClient();
        var id = await CreateDraftAsync(http, server, ct);

        using var response = await PostAsync(http, server, "/users/" + MailSeed.UserId + "/messages/" + id + "/send", null, ct);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("send", Assert.Single(server.Mail.Sent).Via);
        Assert.Empty(server.Mail.Messages(MailSeed.UserId, "drafts"));
    }

    [Fact]
    public async Task ConnectionDroppedAfterWork_OnSendMail_ClientSeesNoAnswerButTheMailWasSent()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await MailboxServerAsync(TimeProvider.System, ct);
        var rule = server.Faults.Inject(MailFaultPaths.SendMail, AfterWorkFault.ConnectionDropped(), method: "POST");
        using var http = new HttpClient();

        await Assert.ThrowsAsync<HttpRequestException>(() => PostAsync(http, server, "/users/" + MailSeed.UserId + "/sendMail", SendMailJson, ct));

        Assert.Equal(1, rule.Hits);
        Assert.Single(server.Mail.Sent);
    }

    [Fact]
    public async Task ConnectionDroppedAfterWork_InsideBatch_ResetsTheBatchAfterItsItemRan()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await MailboxServerAsync(TimeProvider.System, ct);
        server.Faults.Inject(MailFaultPaths.MessageCreate, AfterWorkFault.ConnectionDropped(), method: "POST");
        using var http = new HttpClient();
        var batch = """{"requests":[{"id":"1","method":"POST","url":"/users/""" + MailSeed.UserId
            + """/messages","headers":{"Content-Type":"application/json"},"body":""" + DraftJson + "}]}";

        await Assert.ThrowsAsync<HttpRequestException>(() => PostAsync(http, server, "/$batch", batch, ct));

        Assert.Single(server.Mail.Messages(MailSeed.UserId, "drafts"));
    }

    [Fact]
    public async Task SlowOutbox_AfterSend_MessageSitsInOutboxUntilTheServerClockPassesTheDelay()
    {
        var ct = LoopbackGraph.Timeout();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 5, 6, 0, 0, TimeSpan.Zero));
        await using var server = await MailboxServerAsync(clock, ct);
        server.Faults.SlowOutbox.Delay = TimeSpan.FromSeconds(3);
        using var http = new HttpClient();
        var id = await CreateDraftAsync(http, server, ct);

        using var sent = await PostAsync(http, server, "/users/" + MailSeed.UserId + "/messages/" + id + "/send", null, ct);
        clock.Advance(TimeSpan.FromSeconds(2));
        var outboxBefore = server.Mail.Messages(MailSeed.UserId, "outbox").Count;
        var sentItemsBefore = server.Mail.Messages(MailSeed.UserId, "sentitems").Count;
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal((1, 0), (outboxBefore, sentItemsBefore));
        Assert.Empty(server.Mail.Messages(MailSeed.UserId, "outbox"));
        Assert.Single(server.Mail.Messages(MailSeed.UserId, "sentitems"));
        Assert.Single(server.Mail.Sent);
    }

    [Fact]
    public async Task SlowOutbox_FolderMessagesRequest_ListsTheWaitingMessage()
    {
        var ct = LoopbackGraph.Timeout();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 5, 6, 0, 0, TimeSpan.Zero));
        await using var server = await MailboxServerAsync(clock, ct);
        server.Faults.SlowOutbox.Delay = TimeSpan.FromSeconds(3);
        using var http = new HttpClient();
        using var mailed = await PostAsync(http, server, "/users/" + MailSeed.UserId + "/sendMail", SendMailJson, ct);
        using var client = LoopbackGraph.Client(server);

        var outbox = await client.Users[MailSeed.UserId].MailFolders["outbox"].Messages.GetAsync(cancellationToken: ct);

        Assert.Equal("استبيان", Assert.Single(outbox!.Value!).Subject);
    }

    private static async Task<GraphLoopbackServer> MailboxServerAsync(TimeProvider clock, CancellationToken ct)
    {
        var server = await GraphLoopbackServer.StartAsync(clock, ct);
        MailSeed.Create(server, 0);
        return server;
    }

    private static async Task<string> CreateDraftAsync(HttpClient http, GraphLoopbackServer server, CancellationToken ct)
    {
        using var created = await PostAsync(http, server, "/users/" + MailSeed.UserId + "/messages", DraftJson, ct);
        return server.Mail.Messages(MailSeed.UserId, "drafts").Single()["id"]!.GetValue<string>();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, GraphLoopbackServer server, string path, string? json, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.BaseUrl + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Settings.AcceptedToken);
        request.Content = new StringContent(json ?? string.Empty, Encoding.UTF8, "application/json");
        return await http.SendAsync(request, ct);
    }
}
