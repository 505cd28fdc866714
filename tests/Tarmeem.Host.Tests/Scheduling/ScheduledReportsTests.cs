using Tarmeem.Core.Store;
using Tarmeem.Core.Time;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Reporting.Word;
using static Tarmeem.Host.Tests.Scheduling.OperationsHarness;

namespace Tarmeem.Host.Tests.Scheduling;

public sealed class ScheduledReportsTests
{
    [Fact]
    public async Task FindDueAsync_TwoDayOutageAcrossTheMonthlySlot_GivesExactlyOneCatchUpReport()
    {
        // Only the monthly report, so the quarterly and annual slots do not blur what is counted.
        await using var h = Create(Riyadh(2026, 11, 30, 10), s => (s.QuarterlyReport, s.AnnualReport) = ("", ""));
        Assert.Equal([ReportCadence.Monthly], (await h.Due.FindDueAsync(h.Clock.GetUtcNow(), SyncHarness.Timeout())).Select(d => d.Cadence));
        await h.Reports.RunAsync(ReportCadence.Monthly, SyncHarness.Timeout());
        Assert.Empty(await h.Due.FindDueAsync(h.Clock.GetUtcNow(), SyncHarness.Timeout()));

        // Down from 30 November 10:00 to 2 December 10:00: the slot of 1 December 08:00 is missed.
        h.Clock.SetUtcNow(Riyadh(2026, 12, 2, 10));
        var due = Assert.Single(await h.Due.FindDueAsync(h.Clock.GetUtcNow(), SyncHarness.Timeout()));
        Assert.Equal((ReportCadence.Monthly, ReportKind.Management, ReportPeriod.Month(2026, 11), Riyadh(2026, 12, 1, 8)), (due.Cadence, due.Kind, due.Period, due.DueAt));

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
        await h.Reports.RunAsync(ReportCadence.Monthly, SyncHarness.Timeout());

        var due = await h.Due.FindDueAsync(Riyadh(2026, 12, 1, 7, 59), SyncHarness.Timeout());

        Assert.Empty(due);
        Assert.Single(await h.Due.FindDueAsync(Riyadh(2026, 12, 1, 8, 0), SyncHarness.Timeout()));
    }

    [Fact]
    public async Task RunAsync_QuarterlyAndAnnualOnNewYear_DeliverTheBoardReportsOfTheYearJustEnded()
    {
        await using var h = Create(Riyadh(2027, 1, 1, 9, 5));

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
    public void DueAt_DefaultMonthlyCron_IsTheFirstAtEightInRiyadh()
    {
        var at = ScheduledReports.DueAt(new ScheduleOptions().MonthlyReport, RiyadhTime.Zone, ReportPeriod.Month(2026, 11), BusinessCalendar.Default);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero), at);
    }
}
