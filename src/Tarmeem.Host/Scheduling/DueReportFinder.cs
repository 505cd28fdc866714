using Microsoft.Extensions.Options;
using Quartz;
using Tarmeem.Core.Time;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Reports;
using Tarmeem.Reporting.Planning;

using Tarmeem.Store;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Which scheduled reports are due and undelivered at a moment, and whether the schedule will still deliver each. A
/// period counts from the service's first start: on a fresh install nothing before it is due. Each report job
/// delivers the period it covers when it fires, so of the undelivered periods only the one its next firing covers
/// will go out by itself; any other needs an operator. Needs no Graph settings.
/// </summary>
internal sealed class DueReportFinder(IStoreFactory stores, IOptions<ScheduleOptions> options, BusinessCalendar calendar)
{
    /// <summary>More than this many missed periods of one cadence are not listed one by one.</summary>
    public const int MaxListed = 24;

    public Task<IReadOnlyList<DueReport>> FindDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        FindDueAsync(now, _ => null, cancellationToken);

    /// <param name="storedNextFire">The next firing the scheduler's store holds for a job, or null to compute it from the settings.</param>
    public async Task<IReadOnlyList<DueReport>> FindDueAsync(
        DateTimeOffset now, Func<TarmeemJob, DateTimeOffset?> storedNextFire, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storedNextFire);
        var settings = options.Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
        if (await store.JobRuns.FirstServiceStartAsync(cancellationToken) is not { } firstStart)
        {
            return [];
        }

        var due = new List<DueReport>();
        foreach (var cadence in Enum.GetValues<ReportCadence>())
        {
            var job = JobOf(cadence);
            var cron = job.Cron(settings);
            if (string.IsNullOrWhiteSpace(cron))
            {
                continue;
            }

            // A firing already past is a misfire: it happens as soon as the service runs.
            var next = storedNextFire(job) ?? new CronExpression(cron, zone).GetNextValidTimeAfter(now);
            var willDeliver = next is { } at ? ScheduledReports.PeriodOn(cadence, calendar.LocalDate(at < now ? now : at)) : null;
            var kind = ScheduledReports.KindOf(cadence);
            var period = ScheduledReports.PeriodOn(cadence, calendar.LocalDate(now));
            for (var listed = 0; listed < MaxListed; listed++)
            {
                if (ScheduledReports.DueAt(cron, zone, period, calendar) is not { } dueAt || dueAt < firstStart)
                {
                    break;
                }

                if (dueAt <= now
                    && await store.Deliveries.FindAsync(ReportPlan.KindName(kind), period.ToString(), cancellationToken) is not { IsDelivered: true })
                {
                    due.Add(new DueReport(cadence, kind, period, dueAt, period == willDeliver ? next : null));
                }

                period = ScheduledReports.PeriodOn(cadence, period.Start);
            }
        }

        return due;
    }

    public static TarmeemJob JobOf(ReportCadence cadence) => cadence switch
    {
        ReportCadence.Monthly => TarmeemJobs.MonthlyReport,
        ReportCadence.Quarterly => TarmeemJobs.QuarterlyReport,
        _ => TarmeemJobs.AnnualReport,
    };
}
