using Tarmeem.Store;
using Tarmeem.Core.Time;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Reporting.Word;
using Tarmeem.Store.Jobs;
using static Tarmeem.Host.Tests.Scheduling.OperationsHarness;

namespace Tarmeem.Host.Tests.Scheduling;

public sealed class ScheduledReportsTests
{
    [Fact]
    public async Task FindDueAsync_TwoDayOutageAcrossTheMonthlySlot_GivesExactlyOneCatchUpReport()
    {
        // Only the monthly report, so the quarterly and annual slots do not blur what is counted.
        await using var h = Create(Riyadh(2026, 11, 30, 10), s => (s.QuarterlyReport, s.AnnualReport) = ("", ""));
        await h.StartedAsync(Riyadh(2026, 10, 15, 9));
        Assert.Equal([ReportCadence.Monthly], (await h.Due.FindDueAsync(h.Clock.GetUtcNow(), SyncHarness.Timeout())).Select(d => d.Cadence));
        await h.Reports.RunAsync(ReportCadence.Monthly, SyncHarness.Timeout());
        Assert.Empty(await h.Due.FindDueAsync(h.Clock.GetUtcNow(), SyncHarness.Timeout()));

        // Down from 30 November 10:00 to 2 December 10:00: the slot of 1 December 08:00 is missed, and the scheduler's
        // store still holds it as the next firing, which comes as soon as the service runs.
        h.Clock.SetUtcNow(Riyadh(2026, 12, 2, 10));
        var due = Assert.Single(await h.Due.FindDueAsync(h.Clock.GetUtcNow(), MonthlyStoredAt(Riyadh(2026, 12, 1, 8)), SyncHarness.Timeout()));
        Assert.Equal(
            (ReportCadence.Monthly, ReportKind.Management, ReportPeriod.Month(2026, 11), Riyadh(2026, 12, 1, 8), (DateTimeOffset?)Riyadh(2026, 12, 1, 8)),
            (due.Cadence, due.Kind, due.Period, due.DueAt, due.ScheduledAt));

        // The scheduler fires the missed run once on return; should a second firing follow, it finds the period delivered.
        var catchUp = await h.Reports.RunAsync(ReportCadence.Monthly, SyncHarness.Timeout());
        var again = await h.Reports.RunAsync(ReportCadence.Monthly, SyncHarness.Timeout());

        Assert.Equal(JobOutcome.Succeeded, catchUp.Outcome);
        Assert.Equal(JobOutcome.Skipped, again.Outcome);
        Assert.Equal("The management report for 2026-11 was already delivered on 2026-12-02 10:00; nothing to do.", again.Message);
        Assert.Equal([ReportPeriod.Month(2026, 10), ReportPeriod.Month(2026, 11)], h.Producer.Written.Select(w => w.Period));
        Assert.Equal(2, h.Mailer.Sent.Count);
        Assert.Empty(await h.Due.FindDueAsync(h.Clock.GetUtcNow(), SyncHarness.Timeout()));
    }

    [Fact]
    public async Task FindDueAsync_OneMinuteBeforeTheMonthlySlot_HoldsNothingForTheMonthJustEnded()
    {
        await using var h = Create(Riyadh(2026, 11, 2, 9), s => (s.QuarterlyReport, s.AnnualReport) = ("", ""));
        await h.StartedAsync(Riyadh(2026, 11, 2, 9));
        await h.Reports.RunAsync(ReportCadence.Monthly, SyncHarness.Timeout());

        var due = await h.Due.FindDueAsync(Riyadh(2026, 12, 1, 7, 59), SyncHarness.Timeout());

        Assert.Empty(due);
        Assert.Single(await h.Due.FindDueAsync(Riyadh(2026, 12, 1, 8, 0), SyncHarness.Timeout()));
    }

    [Fact]
    public async Task RunAsync_QuarterlyAndAnnualOnNewYear_DeliverTheBoardReportsOfTheYearJustEnded()
    {
        await using var h = Create(Riyadh(2027, 1, 1, 9, 5));
        await h.StartedAsync(Riyadh(2026, 12, 31, 12));

        var due = await h.Due.FindDueAsync(h.Clock.GetUtcNow(), SyncHarness.Timeout());
        await h.Reports.RunAsync(ReportCadence.Quarterly, SyncHarness.Timeout());
        await h.Reports.RunAsync(ReportCadence.Annual, SyncHarness.Timeout());

        Assert.Equal(
            [(ReportCadence.Monthly, "2026-12"), (ReportCadence.Quarterly, "2026-Q4"), (ReportCadence.Annual, "2026")],
            due.Select(d => (d.Cadence, d.Period.ToString())));
        Assert.Equal([(ReportKind.Board, "2026-Q4"), (ReportKind.Board, "2026")], h.Producer.Written.Select(w => (w.Kind, w.Period.ToString())));
        Assert.All(h.Mailer.Sent, m => Assert.Equal(["board@tarmeem.example"], m.Recipients));
    }

    [Fact]
    public async Task FindDueAsync_FreshInstall_HoldsNothingFromBeforeTheServiceStarted()
    {
        await using var h = Create(Riyadh(2026, 11, 24, 10));

        Assert.Empty(await h.Due.FindDueAsync(h.Clock.GetUtcNow(), SyncHarness.Timeout()));
        await h.StartedAsync(Riyadh(2026, 11, 24, 9));
        Assert.Empty(await h.Due.FindDueAsync(h.Clock.GetUtcNow(), SyncHarness.Timeout()));
    }

    [Fact]
    public async Task FindDueAsync_MonthsMissedWhileDown_OnlyThePendingFiringsPeriodIsScheduledTheRestNever()
    {
        await using var h = Create(Riyadh(2026, 12, 2, 10), s => (s.QuarterlyReport, s.AnnualReport) = ("", ""));
        await h.StartedAsync(Riyadh(2026, 9, 20, 9));

        var stored = await h.Due.FindDueAsync(h.Clock.GetUtcNow(), MonthlyStoredAt(Riyadh(2026, 12, 1, 8)), SyncHarness.Timeout());
        var computed = await h.Due.FindDueAsync(h.Clock.GetUtcNow(), SyncHarness.Timeout());

        // The pending firing covers November; October and September ended before it and no firing covers them again.
        Assert.Equal(
            [("2026-11", (DateTimeOffset?)Riyadh(2026, 12, 1, 8)), ("2026-10", null), ("2026-09", null)],
            stored.Select(d => (d.Period.ToString(), d.ScheduledAt)));
        Assert.All(computed, d => Assert.Null(d.ScheduledAt));
        Assert.Equal(3, computed.Count);
    }

    [Fact]
    public async Task FinishUnfinishedAsync_IntendedDeliveryWithItsMailSent_RecordsItWithoutSendingAgain()
    {
        await using var h = Create(Riyadh(2026, 11, 2, 9), s => (s.QuarterlyReport, s.AnnualReport) = ("", ""));
        var files = await h.Producer.WriteAsync(ReportKind.Management, ReportPeriod.Month(2026, 10), SyncHarness.Timeout());
        await using (var store = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout()))
        {
            var intent = await store.Deliveries.IntendAsync("management", "2026-10", h.Clock.GetUtcNow(), 1, files, again: false, SyncHarness.Timeout());
            await store.Deliveries.BeginAttemptAsync("management", "2026-10", SyncHarness.Timeout());
            h.Mailer.Sent.Enqueue(new Host.Delivery.ReportMail("s", "b", ["manager@tarmeem.example"], files, intent.MailTag));
        }

        var result = await h.Reports.FinishUnfinishedAsync(SyncHarness.Timeout());
        var again = await h.Reports.FinishUnfinishedAsync(SyncHarness.Timeout());

        Assert.Equal(JobOutcome.Succeeded, result.Outcome);
        Assert.StartsWith("Found the e-mail of an interrupted delivery already sent", result.Message, StringComparison.Ordinal);
        Assert.Equal((JobOutcome.Skipped, "No delivery was left unfinished."), (again.Outcome, again.Message));
        Assert.Single(h.Mailer.Sent);
        Assert.Single(h.Producer.Written);
    }

    [Fact]
    public void DueAt_DefaultMonthlyCron_IsTheFirstAtEightInRiyadh()
    {
        var at = ScheduledReports.DueAt(new ScheduleOptions().MonthlyReport, RiyadhTime.Zone, ReportPeriod.Month(2026, 11), BusinessCalendar.Default);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero), at);
    }

    private static Func<TarmeemJob, DateTimeOffset?> MonthlyStoredAt(DateTimeOffset at) => job => job == TarmeemJobs.MonthlyReport ? at : null;
}
