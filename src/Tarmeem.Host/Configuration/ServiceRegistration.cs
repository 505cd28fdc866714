using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Time;
using Tarmeem.Host.Reports;
using Tarmeem.Store;
using Tarmeem.Store.PostgreSql;
using Tarmeem.Store.Sqlite;

namespace Tarmeem.Host.Configuration;

/// <summary>The service registrations shared by every command and the future scheduler.</summary>
internal static class ServiceRegistration
{
    public static IServiceCollection AddTarmeem(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TarmeemOptions>()
            .Bind(configuration.GetSection(TarmeemOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TarmeemOptions>, TarmeemOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddTarmeemStore();
        services.AddSingleton(sp => new BusinessCalendar(
            RiyadhTime.Zone, sp.GetRequiredService<IOptions<TarmeemOptions>>().Value.Calendar.Holidays));
        services.AddSingleton<ReportRunner>();
        services.AddSingleton<ReportDocuments>();
        Graph.GraphServiceRegistration.AddTarmeemGraph(services, configuration);
        Surveys.SurveyServiceRegistration.AddTarmeemSurveys(services, configuration);
        Scheduling.SchedulingRegistration.AddTarmeemOperations(services, configuration);
        AddIn.AddInRegistration.AddTarmeemAddIn(services, configuration);
        return services;
    }

    /// <summary>The databases this build can open, one provider each.</summary>
    public static IReadOnlyList<IStoreProvider> StoreProviders { get; } = [new SqliteStoreProvider(), new PostgreSqlStoreProvider()];

    /// <summary>
    /// Opens the configured live store before the service's container exists (<c>serve</c> keeps it open while it
    /// runs), after checking the settings as the start would, so that a bad data setting stops the start.
    /// </summary>
    public static Task<StoreSession> OpenStoreAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(TarmeemOptions.Section).Get<TarmeemOptions>() ?? new TarmeemOptions();
        var result = new TarmeemOptionsValidator().Validate(null, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TarmeemOptions), result.Failures);
        }

        return new StoreFactory(StoreProviders, options.Data.ToStoreSettings(), TimeProvider.System).OpenAsync(StoreArea.Live, cancellationToken);
    }

    /// <summary>
    /// The store factory over the configured database (<c>Tarmeem:Data:Provider</c>): one provider per database this
    /// build ships, the factory picks the configured one.
    /// </summary>
    public static IServiceCollection AddTarmeemStore(this IServiceCollection services)
    {
        foreach (var provider in StoreProviders)
        {
            services.AddSingleton(provider);
        }

        services.AddSingleton<IStoreFactory>(sp => new StoreFactory(
            sp.GetServices<IStoreProvider>(),
            sp.GetRequiredService<IOptions<TarmeemOptions>>().Value.Data.ToStoreSettings(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
