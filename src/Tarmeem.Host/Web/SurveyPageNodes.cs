using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
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
    public const string ConnectionStringKey = "Tarmeem:Data:ConnectionString";

    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        if (!string.Equals(configuration[ProviderKey]?.Trim(), "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var protection = PageKeyProtection.Parse(configuration[PageKeyProtection.SettingKey]);
        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"{ConnectionStringKey} is missing: {ProviderKey} is PostgreSql, so give the database's connection string (without a password).");
        }

        // The store's data source when the store factory has registered one; the container disposes ours.
        services.TryAddSingleton<DbDataSource>(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSharedSurveyPage(sp => sp.GetRequiredService<DbDataSource>().OpenConnectionAsync, protection);
    }
}
