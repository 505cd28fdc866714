using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Messages.Item;
using Tarmeem.GraphLoopback.Tests.Support;

namespace Tarmeem.GraphLoopback.Tests.Mail;

/// <summary>A server with the seeded mailbox, a client for it and one draft made through the SDK.</summary>
internal sealed class DraftScope : IAsyncDisposable
{
    private DraftScope(GraphLoopbackServer server, GraphServiceClient client, string draftId, CancellationToken cancellationToken)
    {
        Server = server;
        Client = client;
        DraftId = draftId;
        Ct = cancellationToken;
    }

    public GraphLoopbackServer Server { get; }

    public GraphServiceClient Client { get; }

    public string DraftId { get; }

    public CancellationToken Ct { get; }

    public MessageItemRequestBuilder Draft => Client.Users[MailSeed.UserId].Messages[DraftId];

    public static async Task<DraftScope> StartAsync(Message draft)
    {
        var ct = LoopbackGraph.Timeout();
        var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        var client = LoopbackGraph.Client(server);
        var created = await client.Users[MailSeed.UserId].Messages.PostAsync(draft, cancellationToken: ct);
        return new DraftScope(server, client, created!.Id!, ct);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
