using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Time;
using Tarmeem.Host.Reports;

namespace Tarmeem.Host.Configuration;

/// <summary>The service registrations shared by every command and the future scheduler.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddTarmeem(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TarmeemOptions>()
            .Bind(configuration.GetSection(TarmeemOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TarmeemOptions>, TarmeemOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
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
}
