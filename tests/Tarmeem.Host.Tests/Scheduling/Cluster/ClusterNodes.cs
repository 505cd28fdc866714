using Tarmeem.Store;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Scheduling.Cluster;

namespace Tarmeem.Host.Tests.Scheduling.Cluster;

/// <summary>
/// A node of a test cluster: the real scheduled services (<see cref="OperationsHarness"/>) with the real
/// <see cref="SchedulerService"/> clustered on a PostgreSQL database, its run history in a data folder the nodes share.
/// Only the survey dispatch is scheduled, with the given expression; short check-ins so a dead node is noticed soon.
/// </summary>
internal static class ClusterNodes
{
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(2);

    public static OperationsHarness Create(string node, string connectionString, string dataDirectory, string dispatchCron, ISurveyDispatcher dispatcher)
    {
        var settings = Settings(node, dispatchCron);
        var data = new DataOptions { Provider = StoreProvider.PostgreSql, ConnectionString = connectionString, Directory = dataDirectory };
        return OperationsHarness.Create(
            OperationsHarness.Riyadh(2026, 12, 1, 9),
            s => Copy(settings, s),
            s =>
            {
                s.AddSingleton(dispatcher);
                s.AddTarmeemScheduler(SchedulerStore.From(data, settings), settings);
                // The services' clock is fixed; Quartz needs one that moves.
                s.AddQuartz(q => q.UseTimeProvider(TimeProvider.System));
            },
            d => (d.Provider, d.ConnectionString, d.Directory) = (data.Provider, data.ConnectionString, data.Directory));
    }

    public static ScheduleOptions Settings(string node, string dispatchCron) => new()
    {
        TimeZone = "UTC", Sync = "", MonthlyReport = "", QuarterlyReport = "", AnnualReport = "", Retention = "", ReviewReminders = "",
        SurveyDispatch = dispatchCron, NodeId = node,
        Cluster = new ClusterOptions { CheckinInterval = CheckinInterval, CheckinMisfireThreshold = CheckinMisfireThreshold },
    };

    /// <summary>A cron expression that fires once, at this second.</summary>
    public static string OnceAt(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.Second} {at.Minute} {at.Hour} {at.Day} {at.Month} ? {at.Year}");

    private static void Copy(ScheduleOptions from, ScheduleOptions to) =>
        (to.TimeZone, to.Sync, to.MonthlyReport, to.QuarterlyReport, to.AnnualReport, to.Retention, to.ReviewReminders, to.SurveyDispatch, to.NodeId, to.Cluster) =
        (from.TimeZone, from.Sync, from.MonthlyReport, from.QuarterlyReport, from.AnnualReport, from.Retention, from.ReviewReminders, from.SurveyDispatch, from.NodeId, from.Cluster);
}
