using Microsoft.Graph;
using Microsoft.Graph.Authentication;

namespace Tarmeem.GraphLoopback.Tests.Support;

/// <summary>The real GraphServiceClient pointed at a loopback server, built the way production code must build it.</summary>
internal static class LoopbackGraph
{
    public static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    /// <summary>A client whose auth provider is allowed to send the token to 127.0.0.1.</summary>
    public static GraphServiceClient Client(GraphLoopbackServer server, string? token = null)
    {
        var provider = new AzureIdentityAuthenticationProvider(
            new FixedTokenCredential(token ?? server.Settings.AcceptedToken),
            allowedHosts: ["127.0.0.1"],
            isCaeEnabled: true,
            scopes: Scopes);
        return new GraphServiceClient(provider, server.BaseUrl);
    }

    /// <summary>Bounds every test: nothing here should take long.</summary>
    public static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;
}
