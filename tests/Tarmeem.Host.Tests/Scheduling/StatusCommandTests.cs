using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Tests.Cli;

using Tarmeem.Store;
using Tarmeem.Store.Sqlite;

namespace Tarmeem.Host.Tests.Scheduling;

public sealed class StatusCommandTests
{
    [Fact]
    public async Task Status_ServiceNeverRan_ComputesNextRunsAndCallsNothingDue()
    {
        using var folder = new TempFolder();

        var run = await CliRun.InvokeAsync("status", "--data", folder.Sub("data"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The service has not run yet", run.Output, StringComparison.Ordinal);
        // CliRun's clock: Tuesday 24 November 2026, 10:00 in Riyadh.
        Assert.Contains("schedule: 0 0 8 1 * ?   next run: 2026-12-01 08:00", run.Output, StringComparison.Ordinal);
        Assert.Contains("No report is due: the service has never started", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("due since", run.Output, StringComparison.Ordinal);
        Assert.Contains("never ran", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnfinishedDeliveryAndMissedPeriods_SaysWhatIsIntendedWhatTheScheduleDeliversAndWhatItNeverWill()
    {
        using var folder = new TempFolder();
        var data = folder.Sub("data");
        var stores = SqliteStoreProvider.Factory(data, new FakeTimeProvider(CliRun.Now));
        await using (var store = await stores.OpenAsync(StoreArea.Live, CancellationToken.None))
        {
            // Started on 20 September; the September management report was begun and its outcome is unknown.
            await store.JobRuns.RecordServiceStartAsync(OperationsHarness.Riyadh(2026, 9, 20, 9), CancellationToken.None);
            await store.Deliveries.IntendAsync("management", "2026-09", OperationsHarness.Riyadh(2026, 10, 1, 8), 1, ["/reports/x.xlsx"], again: false, CancellationToken.None);
            await store.Deliveries.BeginAttemptAsync("management", "2026-09", CancellationToken.None);
        }

        SqliteConnection.ClearAllPools();
        var run = await CliRun.InvokeAsync("status", "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Deliveries begun and not finished", run.Output, StringComparison.Ordinal);
        Assert.Contains("  management 2026-09 — intended since 2026-10-01 08:00, 1 send(s) begun, e-mail tag report:management:2026-09:1", run.Output, StringComparison.Ordinal);
        // Nothing in the scheduler's store: the next monthly run (1 December) covers November, so October is never sent by it.
        Assert.Contains(
            "  management 2026-10 — due since 2026-11-01 08:00; the schedule will NOT deliver it (its next run covers a later period): tarmeem report --kind management --period 2026-10 --deliver",
            run.Output,
            StringComparison.Ordinal);
        Assert.Contains("  board 2026-Q3 — due since 2026-10-01 08:30; the schedule will NOT deliver it", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("board 2025", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-08", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnfinishedReviewMail_ListedApartFromTheReportsTheStartUpFinishes()
    {
        using var folder = new TempFolder();
        var data = folder.Sub("data");
        var stores = SqliteStoreProvider.Factory(data, new FakeTimeProvider(CliRun.Now));
        await using (var store = await stores.OpenAsync(StoreArea.Live, CancellationToken.None))
        {
            // The reviewers' mail of the Q3 board report was begun and its outcome is unknown.
            await store.Deliveries.IntendAsync(
                Tarmeem.Host.Review.ReportReviewService.ReviewMailKind, "board:2026-Q3:Submitted", OperationsHarness.Riyadh(2026, 10, 1, 8, 30), 2, [], again: false, CancellationToken.None);
            await store.Deliveries.BeginAttemptAsync(Tarmeem.Host.Review.ReportReviewService.ReviewMailKind, "board:2026-Q3:Submitted", CancellationToken.None);
        }

        SqliteConnection.ClearAllPools();
        var run = await CliRun.InvokeAsync("status", "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Deliveries begun and not finished", run.Output, StringComparison.Ordinal);
        Assert.Contains("Alert and review e-mails begun and not known to have gone", run.Output, StringComparison.Ordinal);
        Assert.Contains("  review board:2026-Q3:Submitted — intended since 2026-10-01 08:30, 1 send(s) begun, e-mail tag report:review:board:2026-Q3:Submitted:1", run.Output, StringComparison.Ordinal);
    }
}
