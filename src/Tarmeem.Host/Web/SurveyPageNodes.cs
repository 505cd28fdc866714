using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tarmeem.Store.PostgreSql;
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
    public const string ProviderKey = "Tarmeem:Data:Provider";

    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        if (!string.Equals(configuration[ProviderKey]?.Trim(), "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var protection = PageKeyProtection.Parse(configuration[PageKeyProtection.SettingKey]);
        // The store factory's data source when it has registered one; else ours, built (and its connection string
        // checked: no password, a server named) when the key is read at start, and disposed with the container.
        services.TryAddSingleton<DbDataSource>(_ =>
            PostgreSqlDataSources.Create(configuration[PostgreSqlDataSources.ConnectionStringKey], PostgreSqlDataSources.LiveSchema));
        services.AddSharedSurveyPage(sp => sp.GetRequiredService<DbDataSource>().OpenConnectionAsync, protection);
    }
}
