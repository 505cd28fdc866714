using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.SendMail;
using Tarmeem.GraphLoopback;
using Tarmeem.GraphLoopback.Faults;
using Tarmeem.Host.Graph;
using Tarmeem.Host.Tests.Sync;

namespace Tarmeem.Host.Tests.Graph;

/// <summary>
/// The client as production builds it (three retries), through the real Graph SDK against the loopback server: what
/// is sent again after each fault, and what the caller is told when a create or send is left in doubt.
/// </summary>
public sealed class RetrySafetyTests
{
    private const string User = "u-desk";

    private static readonly GraphOptions Retrying = new() { MaxRetries = 3, RetryBaseDelay = TimeSpan.FromMilliseconds(10) };

    private static Message Draft() => new()
    {
        Subject = "تقرير الشهر",
        Body = new ItemBody { ContentType = BodyType.Text, Content = "نص" },
        ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "board@example.org" } }],
    };

    [Fact]
    public async Task CreateMessage_504AfterCreating_OutcomeUnknownNotSentAgain()
    {
        await using var server = await StartAsync();
        server.Faults.Inject(MailFaultPaths.MessageCreate, AfterWorkFault.GatewayTimeout(), method: "POST");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<GraphOutcomeUnknownException>(() => client.Users[User].Messages.PostAsync(Draft()));

        Assert.Equal(504, error.Status);
        Assert.Single(server.Log.Entries, e => e.Method == "POST");
        Assert.Single(server.Mail.Messages(User, "drafts"));
    }

    [Fact]
    public async Task SendMail_ConnectionDroppedAfterSending_OutcomeUnknownSentOnce()
    {
        await using var server = await StartAsync();
        server.Faults.Inject(MailFaultPaths.SendMail, AfterWorkFault.ConnectionDropped(), method: "POST");
        using var client = Client(server);
        await client.Users[User].MailFolders["inbox"].GetAsync();

        var error = await Assert.ThrowsAsync<GraphOutcomeUnknownException>(() =>
            client.Users[User].SendMail.PostAsync(new SendMailPostRequestBody { Message = Draft(), SaveToSentItems = true }));

        Assert.Null(error.Status);
        Assert.Single(server.Mail.Sent);
        Assert.Single(server.Log.Entries, e => e.Method == "POST");
    }

    [Fact]
    public async Task DraftSend_504AfterSending_OutcomeUnknownSentOnce()
    {
        await using var server = await StartAsync();
        using var client = Client(server);
        var draft = await client.Users[User].Messages.PostAsync(Draft());
        server.Faults.Inject(MailFaultPaths.DraftSend, AfterWorkFault.GatewayTimeout(), method: "POST");

        await Assert.ThrowsAsync<GraphOutcomeUnknownException>(() => client.Users[User].Messages[draft!.Id].Send.PostAsync());

        Assert.Equal("send", Assert.Single(server.Mail.Sent).Via);
        Assert.Single(server.Log.Entries, e => e.Path.EndsWith("/send", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(429, "0")]
    [InlineData(503, "0")]
    public async Task CreateMessage_GraphSaysNotProcessed_RetriedAndCreatedOnce(int status, string retryAfter)
    {
        await using var server = await StartAsync();
        server.Faults.Inject(MailFaultPaths.MessageCreate, new GraphFault(status, "busy", "Not processed.", retryAfter), method: "POST");
        using var client = Client(server);

        await client.Users[User].Messages.PostAsync(Draft());

        Assert.Equal([status, 201], server.Log.Entries.Where(e => e.Method == "POST").Select(e => e.Status));
        Assert.Single(server.Mail.Messages(User, "drafts"));
    }

    [Fact]
    public async Task CreateMessage_503WithoutRetryAfter_NotRetriedAnswerGoesUp()
    {
        await using var server = await StartAsync();
        server.Faults.Inject(MailFaultPaths.MessageCreate, GraphFault.ServiceUnavailable(), method: "POST");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Users[User].Messages.PostAsync(Draft()));

        Assert.Equal(503, error.ResponseStatusCode);
        Assert.Single(server.Log.Entries, e => e.Method == "POST");
    }

    [Fact]
    public async Task PatchAndGet_504_RetriedAsBefore()
    {
        await using var server = await StartAsync();
        using var client = Client(server);
        var draft = await client.Users[User].Messages.PostAsync(Draft());
        server.Faults.Inject(MailFaultPaths.Message, GraphFault.GatewayTimeout(), times: 2);

        await client.Users[User].Messages[draft!.Id].PatchAsync(new Message { Subject = "تعديل" });
        var read = await client.Users[User].Messages[draft.Id].GetAsync();

        Assert.Equal("تعديل", read!.Subject);
        Assert.Equal([201, 504, 504, 200, 200], server.Log.Entries.Select(e => e.Status));
    }

    [Theory]
    [InlineData("POST", 1)]
    [InlineData("GET", 2)]
    public async Task Batch_504_RetriedOnlyWhenItHoldsNoPost(string itemMethod, int expectedBatches)
    {
        await using var server = await StartAsync();
        server.Faults.Inject(@"^/\$batch", AfterWorkFault.GatewayTimeout(), method: "POST");
        var item = itemMethod == "POST"
            ? """{"id":"1","method":"POST","url":"/users/u-desk/messages","headers":{"Content-Type":"application/json"},"body":{"subject":"x","toRecipients":[{"emailAddress":{"address":"board@example.org"}}]}}"""
            : """{"id":"1","method":"GET","url":"/users/u-desk/mailFolders/inbox"}""";
        using var handler = new RetryAfterHandler(Retrying, TimeProvider.System, NullLogger.Instance) { InnerHandler = new HttpClientHandler() };
        using var http = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Post, server.BaseUrl + "/$batch")
        {
            Content = new StringContent("""{"requests":[""" + item + "]}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Settings.AcceptedToken);

        var outcome = await Record.ExceptionAsync(async () => (await http.SendAsync(request)).Dispose());

        Assert.Equal(expectedBatches, server.Log.Entries.Count(e => e.Path == "/$batch"));
        Assert.Equal(itemMethod == "POST", outcome is GraphOutcomeUnknownException);
        Assert.Equal(itemMethod == "POST" ? 1 : 0, server.Mail.Messages(User, "drafts").Count);
    }

    private static async Task<GraphLoopbackServer> StartAsync()
    {
        var server = await GraphLoopbackServer.StartAsync(CancellationToken.None);
        server.Mail.AddMailbox(User, "desk@tarmeem.example");
        return server;
    }

    private static GraphServiceClient Client(GraphLoopbackServer server) =>
        GraphClientBuilder.Build(
            new GraphOptions { BaseUrl = server.BaseUrl, MaxRetries = Retrying.MaxRetries, RetryBaseDelay = Retrying.RetryBaseDelay },
            new FixedTokenCredential(server.Settings.AcceptedToken),
            TimeProvider.System,
            NullLogger.Instance);
}
