using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling.Cluster;
using Tarmeem.Host.Scheduling.Locks;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Registers the unattended side: delivery, the services the jobs call and their options (validated when first read).
/// The Quartz scheduler itself is added only by <c>tarmeem serve</c>, through <see cref="AddTarmeemScheduler"/>.
/// </summary>
internal static class SchedulingRegistration
{
    public static IServiceCollection AddTarmeemOperations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTarmeemDelivery(configuration);
        services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection(ScheduleOptions.Section));
        services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section));
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddJobLocks();
        services.AddSingleton<JobRunRecorder>();
        services.AddSingleton<IReportProducer, RunnerReportProducer>();
        services.AddSingleton<ScheduledReports>();
        services.AddSingleton<DueReportFinder>();
        services.AddSingleton<ScheduledSync>();
        services.AddSingleton<RetentionService>();
        Alerts.AlertServiceRegistration.AddTarmeemAlerts(services, configuration);
        return services;
    }

    /// <summary>
    /// The scheduler, started and stopped with the host: on SQLite in its own file (<see cref="ScheduleOptions.QuartzDatabase"/>
    /// in the data folder), not clustered (Quartz refuses a clustered SQLite store); on PostgreSQL clustered in the shared
    /// database, every node under <see cref="QuartzSchema.InstanceName"/> with its own instance id, checking in as
    /// <c>Tarmeem:Schedule:Cluster</c> says.
    /// </summary>
    public static IServiceCollection AddTarmeemScheduler(this IServiceCollection services, SchedulerStore placement, ScheduleOptions schedule)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(schedule);
        if (placement.Clustered)
        {
            services.AddQuartz(q =>
            {
                q.ConfigureScheduler(o =>
                {
                    o.InstanceName = QuartzSchema.InstanceName;
                    o.InstanceId = placement.NodeId;
                });
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(placement.ConnectionString!);
                    store.UseSystemTextJsonSerializer();
                    store.ProvisionSchema();
                    store.ConfigureStore(o =>
                    {
                        o.TablePrefix = QuartzSchema.TablePrefix;
                        o.MisfireThreshold = schedule.MisfireThreshold;
                    });
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = schedule.Cluster.CheckinInterval;
                        c.CheckinMisfireThreshold = schedule.Cluster.CheckinMisfireThreshold;
                    });
                });
            });
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(placement.SqlitePath)!);
            services.AddQuartz(q => q.UsePersistentStore(store =>
            {
                store.UseSqlite($"Data Source={placement.SqlitePath}");
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                store.ConfigureStore(o => o.MisfireThreshold = schedule.MisfireThreshold);
            }));
        }

        services.AddSingleton(placement);
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
