using System.Globalization;
using Quartz;
using Tarmeem.Core.Time;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Reports;
using Tarmeem.Reporting.Word;
using Tarmeem.Reporting.Planning;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// The scheduled reports as a service: which period each covers at a given moment, which are due and not yet
/// delivered (<see cref="DueReportFinder"/>), and a run that writes and delivers one. A run for a period the delivery log already holds does nothing,
/// so a catch-up after an outage (the scheduler fires a missed report once) and the next regular run never send twice.
/// </summary>
public sealed class ScheduledReports(
    IReportProducer producer,
    ReportDeliveryService delivery,
    TimeProvider time,
    BusinessCalendar calendar)
{
    /// <summary>The period a report of this cadence covers on a local date: the last complete month, quarter or year.</summary>
    public static ReportPeriod PeriodOn(ReportCadence cadence, DateOnly today) => cadence switch
    {
        ReportCadence.Monthly => ReportPeriod.LastCompleteMonth(today),
        ReportCadence.Quarterly => ReportPeriod.LastCompleteQuarter(today),
        ReportCadence.Annual => ReportPeriod.Year(today.Year - 1),
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "Unknown report cadence."),
    };

    public static ReportKind KindOf(ReportCadence cadence) => cadence == ReportCadence.Monthly ? ReportKind.Management : ReportKind.Board;

    /// <summary>The first run of the cron expression after a period has ended: when its report is due.</summary>
    public static DateTimeOffset? DueAt(string cron, TimeZoneInfo zone, ReportPeriod period, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendar);
        var endOfPeriod = calendar.StartOf(period.End.AddDays(1));
        return new CronExpression(cron, zone).GetNextValidTimeAfter(endOfPeriod.AddSeconds(-1));
    }

    /// <summary>Writes and delivers the report of this cadence for the period it covers now, unless already delivered.</summary>
    public async Task<JobResult> RunAsync(ReportCadence cadence, CancellationToken cancellationToken)
    {
        var period = PeriodOn(cadence, calendar.LocalDate(time.GetUtcNow()));
        var kind = KindOf(cadence);
        if (await delivery.FindAsync(kind, period, cancellationToken) is { } earlier)
        {
            return JobResult.Skipped(string.Create(
                CultureInfo.InvariantCulture,
                $"The {ReportPlan.KindName(kind)} report for {period} was already delivered on {calendar.LocalDateTime(earlier.DeliveredAt):yyyy-MM-dd HH:mm}; nothing to do."));
        }

        var files = await producer.WriteAsync(kind, period, cancellationToken);
        var result = await delivery.DeliverAsync(new DeliveryRequest(kind, period, files), cancellationToken);
        return result.Status == DeliveryStatus.Delivered ? JobResult.Done(result.Message) : JobResult.Skipped(result.Message);
    }
}
