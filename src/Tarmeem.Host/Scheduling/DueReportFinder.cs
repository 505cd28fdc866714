using Microsoft.Extensions.Options;
using Tarmeem.Core.Time;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Reports;
using Tarmeem.Reporting.Planning;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Which scheduled reports are due and undelivered at a moment: the period each cadence covers, whether the first run
/// of its cron expression after the period has passed, and whether the delivery log holds it. Needs no Graph settings.
/// </summary>
public sealed class DueReportFinder(OperationsStoreFactory stores, IOptions<ScheduleOptions> options, BusinessCalendar calendar)
{
    public async Task<IReadOnlyList<DueReport>> FindDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        var today = calendar.LocalDate(now);
        await using var store = await stores.OpenAsync(cancellationToken);
        var due = new List<DueReport>();
        foreach (var cadence in Enum.GetValues<ReportCadence>())
        {
            var cron = CronOf(cadence, settings);
            if (string.IsNullOrWhiteSpace(cron))
            {
                continue;
            }

            var kind = ScheduledReports.KindOf(cadence);
            var period = ScheduledReports.PeriodOn(cadence, today);
            var (kindName, periodName) = ReportPlan.DeliveryKey(kind, period);
            if (ScheduledReports.DueAt(cron, zone, period, calendar) is { } at && at <= now
                && await store.Deliveries.FindAsync(kindName, periodName, cancellationToken) is null)
            {
                due.Add(new DueReport(cadence, kind, period, at));
            }
        }

        return due;
    }

    private static string CronOf(ReportCadence cadence, ScheduleOptions settings) => cadence switch
    {
        ReportCadence.Monthly => settings.MonthlyReport,
        ReportCadence.Quarterly => settings.QuarterlyReport,
        _ => settings.AnnualReport,
    };
}
