using Microsoft.Graph.Models.ODataErrors;
using Tarmeem.GraphLoopback.Tests.Support;

namespace Tarmeem.GraphLoopback.Tests.Mail;

public sealed class MessageDeltaTests
{
    [Fact]
    public async Task Delta_SelectAndSmallPages_ReturnsOnlySelectedPropertiesAcrossPages()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 5);
        using var client = LoopbackGraph.Client(server);
        var messages = client.Users[MailSeed.UserId].MailFolders["inbox"].Messages;

        var page = await messages.Delta.GetAsDeltaGetResponseAsync(c =>
        {
            c.QueryParameters.Select = ["id", "conversationId", "receivedDateTime", "from", "subject", "internetMessageHeaders"];
            c.Headers.Add("Prefer", "odata.maxpagesize=2");
        }, ct);
        var seen = page!.Value!.ToList();
        while (page!.OdataNextLink is { } next)
        {
            page = await messages.Delta.WithUrl(next).GetAsDeltaGetResponseAsync(cancellationToken: ct);
            seen.AddRange(page!.Value!);
        }

        Assert.Equal(5, seen.Count);
        Assert.All(seen, m => Assert.Null(m.Body));
        Assert.Equal("استفسار 1", seen[0].Subject);
        Assert.Equal("tag-1", Assert.Single(seen[0].InternetMessageHeaders!).Value);
        Assert.Equal("customer1@example.com", seen[0].From!.EmailAddress!.Address);
        Assert.Contains("$deltatoken=", page.OdataDeltaLink, StringComparison.Ordinal);
        var targets = server.Log.Entries.Select(e => e.Target).ToList();
        Assert.Contains("/messages/delta()?$select=", targets[0], StringComparison.Ordinal);
        Assert.Contains("/mailFolders('", targets[1], StringComparison.Ordinal);
        Assert.Contains("/messages/delta?$skiptoken=", targets[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delta_SecondRound_ReportsNewAndRemovedMessages()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var ids = MailSeed.Create(server, 3);
        using var client = LoopbackGraph.Client(server);
        var messages = client.Users[MailSeed.Upn].MailFolders["inbox"].Messages;
        var first = await messages.Delta.GetAsDeltaGetResponseAsync(c => c.QueryParameters.Select = ["id", "subject"], ct);

        server.Mail.DeleteMessage(MailSeed.Upn, ids[1]);
        var added = server.Mail.AddMessage(MailSeed.Upn, "inbox", new Tarmeem.GraphLoopback.Mail.MessageSeed("جديد", "new@example.com", new DateTimeOffset(2025, 1, 6, 6, 0, 0, TimeSpan.Zero)));
        var second = await messages.Delta.WithUrl(first!.OdataDeltaLink!).GetAsDeltaGetResponseAsync(cancellationToken: ct);

        Assert.Equal([ids[1], added], second!.Value!.Select(m => m.Id));
        var removed = second.Value![0];
        Assert.True(removed.AdditionalData.ContainsKey("@removed"));
        Assert.Null(removed.Subject);
        Assert.Equal("جديد", second.Value[1].Subject);
    }

    [Fact]
    public async Task Delta_ExpandExtendedPropertyFilter_ReturnsOnlyThatProperty()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 1);
        using var client = LoopbackGraph.Client(server);

        var page = await client.Users[MailSeed.UserId].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(c =>
        {
            c.QueryParameters.Select = ["id", "subject"];
            c.QueryParameters.Expand = ["singleValueExtendedProperties($filter=id eq '" + MailSeed.TagProperty + "')"];
        }, ct);

        Assert.Equal("tag-1", Assert.Single(page!.Value![0].SingleValueExtendedProperties!).Value);
    }

    [Fact]
    public async Task Delta_ExpiredToken_Gives410WithLocation()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 1);
        using var client = LoopbackGraph.Client(server);
        var messages = client.Users[MailSeed.UserId].MailFolders["inbox"].Messages;
        var first = await messages.Delta.GetAsDeltaGetResponseAsync(cancellationToken: ct);
        server.DeltaTokens.ExpireAll();

        var error = await Assert.ThrowsAsync<ODataError>(() => messages.Delta.WithUrl(first!.OdataDeltaLink!).GetAsDeltaGetResponseAsync(cancellationToken: ct));

        Assert.Equal(410, error.ResponseStatusCode);
        Assert.EndsWith("/messages/delta", Assert.Single(error.ResponseHeaders!["Location"]), StringComparison.Ordinal);
    }
}
