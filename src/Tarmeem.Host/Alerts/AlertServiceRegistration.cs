using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Scheduling;

namespace Tarmeem.Host.Alerts;

/// <summary>Registers the morning alert and its settings; the job's schedule follows <c>Tarmeem:Alerts</c> (off unless Enabled).</summary>
internal static class AlertServiceRegistration
{
    public static IServiceCollection AddTarmeemAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>();
        services.AddOptions<ScheduleOptions>().PostConfigure<IOptions<AlertOptions>>(
            (schedule, alerts) => schedule.MorningAlert = alerts.Value.Enabled ? alerts.Value.Schedule : string.Empty);
        services.AddSingleton<MorningAlertComposition>();
        services.AddSingleton<MorningAlertService>();
        return services;
    }
}
