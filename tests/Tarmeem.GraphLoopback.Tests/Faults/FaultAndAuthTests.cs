using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Core;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Tarmeem.GraphLoopback.Faults;
using Tarmeem.GraphLoopback.Tests.Support;

namespace Tarmeem.GraphLoopback.Tests.Faults;

public sealed class FaultAndAuthTests
{
    [Fact]
    public async Task Throttle_RetryAfterOneSecond_SdkRetriesAndSucceeds()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        server.Mail.AddMailbox("u1", "case.desk@contoso.com");
        var rule = server.Faults.Inject("/mailFolders/", GraphFault.Throttled("1"));
        using var client = LoopbackGraph.Client(server);

        var folder = await client.Users["u1"].MailFolders["inbox"].GetAsync(cancellationToken: ct);

        Assert.Equal("Inbox", folder!.DisplayName);
        Assert.Equal(1, rule.Hits);
        Assert.Equal([429, 200], server.Log.Entries.Select(e => e.Status));
        // The SDK's own handler waits on the real clock; only the lower bound is a fact about the SDK.
        var waited = server.Log.Entries[1].Time - server.Log.Entries[0].Time;
        Assert.True(waited >= TimeSpan.FromSeconds(0.9), $"waited {waited}");
    }

    [Fact]
    public async Task Unavailable_MoreTimesThanRetries_SdkGivesUpWithAggregateExceptionAfterFourTries()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        server.Mail.AddMailbox("u1", "case.desk@contoso.com");
        server.Faults.Inject("/mailFolders/", GraphFault.ServiceUnavailable("0"), times: 10);
        using var client = LoopbackGraph.Client(server);

        await Assert.ThrowsAsync<AggregateException>(() => client.Users["u1"].MailFolders["inbox"].GetAsync(cancellationToken: ct));

        Assert.Equal([503, 503, 503, 503], server.Log.Entries.Select(e => e.Status));
    }

    [Fact]
    public async Task Throttle_FractionalRetryAfter_IsSentVerbatimWithGraphErrorBody()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        server.Mail.AddMailbox("u1", "case.desk@contoso.com");
        server.Faults.Inject("/mailFolders/", GraphFault.Throttled("2.128"));
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.BaseUrl + "/users/u1/mailFolders/inbox");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Settings.AcceptedToken);
        request.Headers.Add("client-request-id", "abc-123");

        using var response = await http.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("2.128", Assert.Single(response.Headers.GetValues("Retry-After")));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var error = body.RootElement.GetProperty("error");
        Assert.Equal("TooManyRequests", error.GetProperty("code").GetString());
        Assert.Equal("abc-123", error.GetProperty("innerError").GetProperty("client-request-id").GetString());
        Assert.True(error.GetProperty("innerError").TryGetProperty("request-id", out _));
        Assert.True(error.GetProperty("innerError").TryGetProperty("date", out _));
    }

    [Fact]
    public async Task Auth_DefaultProviderOnLoopback_SendsNoBearerAndGets401()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        server.Mail.AddMailbox("u1", "case.desk@contoso.com");
        TokenCredential credential = new FixedTokenCredential(server.Settings.AcceptedToken);
        using var client = new GraphServiceClient(credential, LoopbackGraph.Scopes, server.BaseUrl);

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Users["u1"].MailFolders["inbox"].GetAsync(cancellationToken: ct));

        Assert.Equal(401, error.ResponseStatusCode);
        Assert.Equal("InvalidAuthenticationToken", error.Error!.Code);
        Assert.Equal("Access token is empty.", error.Error.Message);
    }

    [Fact]
    public async Task Auth_WrongToken_Gets401()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        server.Mail.AddMailbox("u1", "case.desk@contoso.com");
        server.Settings.AcceptedToken = "the-right-one";
        using var client = LoopbackGraph.Client(server, token: "a-stale-one");

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Users["u1"].MailFolders["inbox"].GetAsync(cancellationToken: ct));

        Assert.Equal(401, error.ResponseStatusCode);
        Assert.Equal(401, Assert.Single(server.Log.Entries).Status);
    }
}
