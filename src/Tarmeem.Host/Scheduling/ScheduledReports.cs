using System.Globalization;
using Quartz;
using Tarmeem.Core.Time;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Reports;
using Tarmeem.Host.Review;
using Tarmeem.Reporting.Word;
using Tarmeem.Reporting.Planning;
using Tarmeem.Store.Delivery;
using Tarmeem.Store.Review;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// The scheduled reports as a service: which period each covers at a given moment, which are due and not yet
/// delivered (<see cref="DueReportFinder"/>), and a run that writes and delivers one. A run for a period the delivery log already holds does nothing,
/// so a catch-up after an outage (the scheduler fires a missed report once) and the next regular run never send twice.
/// </summary>
internal sealed class ScheduledReports(
    IReportProducer producer,
    ReportDeliveryService delivery,
    ReportReviewService review,
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
        var earlier = await delivery.FindAsync(kind, period, cancellationToken);
        if (earlier is { IsDelivered: true, DeliveredAt: { } at })
        {
            return JobResult.Skipped(string.Create(
                CultureInfo.InvariantCulture,
                $"The {ReportPlan.KindName(kind)} report for {period} was already delivered on {calendar.LocalDateTime(at):yyyy-MM-dd HH:mm}; nothing to do."));
        }

        if (await review.FindAsync(kind, period, cancellationToken) is { State: not ReviewState.Delivered } pending)
        {
            return JobResult.Skipped(string.Create(
                CultureInfo.InvariantCulture,
                $"The {ReportPlan.KindName(kind)} report for {period} awaits review since {calendar.LocalDateTime(pending.SubmittedAt):yyyy-MM-dd HH:mm} ({pending.State}); it goes out when approved."));
        }

        return await DeliverAsync(kind, period, earlier, cancellationToken);
    }

    /// <summary>Reminds the reviewers of drafts not approved in time (once each); finishes approvals a crash interrupted.</summary>
    public async Task<JobResult> RemindReviewersAsync(CancellationToken cancellationToken)
    {
        var reminded = await review.RemindAsync(cancellationToken);
        return reminded == 0
            ? JobResult.Skipped("No review is overdue for a reminder.")
            : JobResult.Done(string.Create(CultureInfo.InvariantCulture, $"Reminded the reviewers of {reminded} draft(s) not yet approved."));
    }

    /// <summary>
    /// Finishes every delivery a crash or an unknown outcome left intended: the e-mail found in the mailbox is recorded,
    /// one not found is sent, with the files the delivery began with (written again when they are gone).
    /// </summary>
    public async Task<JobResult> FinishUnfinishedAsync(CancellationToken cancellationToken)
    {
        var approvals = await review.FinishApprovedAsync(cancellationToken);
        var unfinished = await delivery.UnfinishedAsync(cancellationToken);
        if (unfinished.Count == 0)
        {
            return approvals == 0
                ? JobResult.Skipped("No delivery was left unfinished.")
                : JobResult.Done(string.Create(CultureInfo.InvariantCulture, $"Delivered {approvals} approved report(s) whose delivery was interrupted."));
        }

        var messages = new List<string>();
        foreach (var row in unfinished)
        {
            var kind = row.Kind == ReportPlan.KindName(ReportKind.Board) ? ReportKind.Board : ReportKind.Management;
            var result = await DeliverAsync(kind, ReportPeriod.Parse(row.Period), row, cancellationToken);
            messages.Add(result.Message);
        }

        return JobResult.Done(string.Join(" ", messages));
    }

    private async Task<JobResult> DeliverAsync(ReportKind kind, ReportPeriod period, ReportDelivery? intended, CancellationToken cancellationToken)
    {
        // An interrupted delivery sends the files it began with, so a recovered e-mail and the log agree.
        var files = intended is { SourceFiles.Count: > 0 } && intended.SourceFiles.All(File.Exists)
            ? intended.SourceFiles
            : await producer.WriteAsync(kind, period, cancellationToken);
        var result = await review.DeliverOrSubmitAsync(new DeliveryRequest(kind, period, files), cancellationToken);
        return result.Status is DeliveryStatus.Delivered or DeliveryStatus.AwaitingReview ? JobResult.Done(result.Message) : JobResult.Skipped(result.Message);
    }
}
