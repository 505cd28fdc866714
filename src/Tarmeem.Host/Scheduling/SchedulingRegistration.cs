using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Tarmeem.Host.Delivery;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Registers the unattended side: delivery, the services the jobs call and their options (validated when first read).
/// The Quartz scheduler itself is added only by <c>tarmeem serve</c>, through <see cref="AddTarmeemScheduler"/>.
/// </summary>
public static class SchedulingRegistration
{
    public static IServiceCollection AddTarmeemOperations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTarmeemDelivery(configuration);
        services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection(ScheduleOptions.Section));
        services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section));
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddSingleton<JobRunRecorder>();
        services.AddSingleton<IReportProducer, RunnerReportProducer>();
        services.AddSingleton<ScheduledReports>();
        services.AddSingleton<DueReportFinder>();
        services.AddSingleton<ScheduledSync>();
        services.AddSingleton<RetentionService>();
        return services;
    }

    /// <summary>The scheduler on its own SQLite file (<see cref="ScheduleOptions.QuartzDatabase"/> in the data folder), started and stopped with the host.</summary>
    public static IServiceCollection AddTarmeemScheduler(this IServiceCollection services, string quartzDatabase, TimeSpan misfireThreshold)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(quartzDatabase))!);
        services.AddQuartz(q => q.UsePersistentStore(store =>
        {
            store.UseSqlite($"Data Source={quartzDatabase}");
            store.UseSystemTextJsonSerializer();
            store.ProvisionSchema();
            store.ConfigureStore(o => o.MisfireThreshold = misfireThreshold);
        }));
        services.AddSingleton<ServiceStartUp>();
        services.AddSingleton<SchedulerService>();
        services.AddHostedService(sp => sp.GetRequiredService<SchedulerService>());
        return services;
    }

    /// <summary>Where the scheduler's file is: <see cref="ScheduleOptions.QuartzDatabase"/>, relative to the data folder unless absolute.</summary>
    public static string QuartzDatabasePath(string dataDirectory, ScheduleOptions schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Path.GetFullPath(Path.Combine(dataDirectory, schedule.QuartzDatabase));
    }
}
