using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Tarmeem.GraphLoopback.Faults;
using Tarmeem.GraphLoopback.Tests.Mail;
using Tarmeem.GraphLoopback.Tests.Support;

namespace Tarmeem.GraphLoopback.Tests.Batch;

public sealed class BatchTests
{
    [Fact]
    public async Task Batch_OneItemThrottled_ThatItemAlone429WithRetryAfter()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 1);
        server.Faults.Inject("/mailFolders/sentitems", GraphFault.Throttled("7"));
        using var client = LoopbackGraph.Client(server);
        var batch = new BatchRequestContentCollection(client);
        var inbox = await batch.AddBatchRequestStepAsync(client.Users[MailSeed.UserId].MailFolders["inbox"].ToGetRequestInformation());
        var sent = await batch.AddBatchRequestStepAsync(client.Users[MailSeed.UserId].MailFolders["sentitems"].ToGetRequestInformation());

        var response = await client.Batch.PostAsync(batch, ct);
        var statuses = await response.GetResponsesStatusCodesAsync();

        Assert.Equal(HttpStatusCode.OK, statuses[inbox]);
        Assert.Equal((HttpStatusCode)429, statuses[sent]);
        using var throttled = await response.GetResponseByIdAsync(sent);
        Assert.Equal("7", Assert.Single(throttled.Headers.GetValues("Retry-After")));
        Assert.Equal(1, server.Log.CountPath(@"^/\$batch$"));
        Assert.Equal(2, server.Log.Count(e => e.InBatch));
    }

    [Fact]
    public async Task Batch_TwentyFiveStepsThroughCollection_SplitIntoTwoPosts()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 1);
        using var client = LoopbackGraph.Client(server);
        var batch = new BatchRequestContentCollection(client);
        for (var i = 0; i < 25; i++)
        {
            await batch.AddBatchRequestStepAsync(client.Users[MailSeed.UserId].MailFolders["inbox"].ToGetRequestInformation());
        }

        var response = await client.Batch.PostAsync(batch, ct);
        var statuses = await response.GetResponsesStatusCodesAsync();

        Assert.Equal(25, statuses.Values.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, server.Log.CountPath(@"^/\$batch$"));
    }

    [Fact]
    public async Task Batch_TwentyOneRequestsSentRaw_Rejected400()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 1);
        using var client = LoopbackGraph.Client(server);
        var requests = new JsonArray(Enumerable.Range(1, 21)
            .Select(i => (JsonNode)new JsonObject { ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture), ["method"] = "GET", ["url"] = "/users/" + MailSeed.UserId + "/mailFolders/inbox" })
            .ToArray());
        var info = new RequestInformation(Method.POST, "{+baseurl}/$batch", new Dictionary<string, object>());
        info.SetStreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new JsonObject { ["requests"] = requests }.ToJsonString())), "application/json");
        var errors = new Dictionary<string, ParsableFactory<IParsable>> { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

        var error = await Assert.ThrowsAsync<ODataError>(() => client.RequestAdapter.SendNoContentAsync(info, errors, ct));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("BadRequest", error.Error!.Code);
        Assert.Equal(0, server.Log.Count(e => e.InBatch));
    }
}
