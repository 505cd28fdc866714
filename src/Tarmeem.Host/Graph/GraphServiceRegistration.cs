using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Tarmeem.Host.Sync;

namespace Tarmeem.Host.Graph;

/// <summary>
/// Registers the Microsoft 365 side: options (validated when a Graph command first reads them, so that <c>report</c>
/// runs without any Graph settings), the credential, the client and our sources, the sync and the check.
/// </summary>
internal static class GraphServiceRegistration
{
    public static IServiceCollection AddTarmeemGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section));
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();
        services.AddOptions<SourcesOptions>().Bind(configuration.GetSection(SourcesOptions.Section));
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>();

        services.AddSingleton<TokenCredential>(sp => GraphCredentialFactory.Create(sp.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.AddSingleton(sp => GraphClientBuilder.Build(
            sp.GetRequiredService<IOptions<GraphOptions>>().Value,
            sp.GetRequiredService<TokenCredential>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<RetryAfterHandler>()));
        services.AddSingleton<IListDeltaSource>(sp => new GraphListDeltaSource(sp.GetRequiredService<GraphServiceClient>()));
        services.AddSingleton<IMailboxDeltaSource>(sp => new GraphMailboxDeltaSource(sp.GetRequiredService<GraphServiceClient>()));
        services.AddSingleton<IMailboxCategories>(sp => new GraphMailboxCategories(sp.GetRequiredService<GraphServiceClient>()));
        services.AddSingleton<GraphSyncService>();
        services.AddSingleton<GraphCheckService>();
        return services;
    }
}
