using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace Tarmeem.Host.Graph;

/// <summary>
/// Builds the one <see cref="GraphServiceClient"/>: the SDK's default pipeline with its retry handler replaced by
/// <see cref="RetryAfterHandler"/> (the SDK's own would send a POST again after a 504, so none of it may stay), and an authentication provider allowed to send the token to the configured host
/// (the SDK's default sends none to any host but Graph's own, which would make a loopback test pass unauthenticated).
/// </summary>
internal static class GraphClientBuilder
{
    public static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    public static GraphServiceClient Build(GraphOptions options, TokenCredential credential, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = new Uri(options.BaseUrl.TrimEnd('/'));
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retries = handlers.Where(h => h is RetryHandler).ToList();
        var position = retries.Count == 0 ? 0 : handlers.IndexOf(retries[0]);
        foreach (var retry in retries)
        {
            handlers.Remove(retry);
            retry.Dispose();
        }

        handlers.Insert(position, new RetryAfterHandler(options, time, logger));
        var httpClient = GraphClientFactory.Create(handlers);
        httpClient.Timeout = TimeSpan.FromMinutes(5);
        var provider = new AzureIdentityAuthenticationProvider(credential, allowedHosts: [baseUrl.Host], observabilityOptions: null, isCaeEnabled: true, scopes: Scopes);
        return new GraphServiceClient(httpClient, provider, baseUrl.ToString().TrimEnd('/'));
    }
}
