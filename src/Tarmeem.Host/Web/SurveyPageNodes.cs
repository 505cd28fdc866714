using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tarmeem.Store;
using Tarmeem.Surveys.Page.Nodes;

namespace Tarmeem.Host.Web;

/// <summary>
/// Where the survey page keeps its form key and counts misses. On SQLite (the default) the store is one machine's
/// file, so the key stays in <c>survey-page.key</c> beside it and misses in memory. On PostgreSQL several nodes may
/// serve the page, so both live in the shared store (<c>page_keys</c>, <c>failed_guesses</c>), the key sealed under
/// <see cref="PageKeyProtection.SettingKey"/>, which every node must have and which is checked here, before anything starts.
/// </summary>
internal static class SurveyPageNodes
{
    /// <param name="store">The store <c>serve</c> opened: the page's tables are read through its connections.</param>
    public static void Configure(IServiceCollection services, IConfiguration configuration, StoreSession store)
    {
        if (store.Records.Dialect.Provider != StoreProvider.PostgreSql)
        {
            return;
        }

        var protection = PageKeyProtection.Parse(configuration[PageKeyProtection.SettingKey]);
        var dialect = store.Records.Dialect;
        services.AddSharedSurveyPage(_ => async cancellationToken => await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken), protection);
    }
}
