using Tarmeem.Core.Domain;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Planning;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Reporting.Metrics;
using Tarmeem.Reporting.Model;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sync;

namespace Tarmeem.Host.Tests.Reports;

/// <summary>A quarantined record stays in the data-quality section of every report whose period ends while it is held back.</summary>
public sealed class HeldRecordsReportTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.Default;

    [Fact]
    public async Task Report_RecordQuarantinedInOctoberNeverTouchedAgain_CountedInNovemberUntilReleased()
    {
        using var temp = new TempFolder();
        await using var store = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = temp.Sub("data") }, TimeProvider.System, CancellationToken.None);
        await using var state = new SqlSyncStateStore(store);
        await state.ApplyListPageAsync(Page(1, new DateTimeOffset(2026, 10, 10, 9, 0, 0, TimeSpan.Zero), ListItemChange.Quarantined("4711", "column 'تاريخ التحقق' is not a date", QuarantineProblem.NotADate, "تاريخ التحقق")), CancellationToken.None);

        var november = await DataQualityAsync(store, ReportPeriod.Month(2026, 11));
        var september = await DataQualityAsync(store, ReportPeriod.Month(2026, 9));

        Assert.Equal(1, november.Findings.Single(f => f.Kind == DataQualityKind.Quarantined).Count);
        var held = Assert.Single(november.Held);
        Assert.Equal(("cases/4711", new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 10)), (held.Reference, held.Since, held.LastSeen));
        Assert.Equal("قيمة ليست تاريخاً أو وقتاً صالحاً، العمود تاريخ التحقق", held.Description);
        Assert.Empty(september.Held);

        // Corrected at the source on 5 December: November's report still counts it, December's does not.
        var fixedCase = new SupportCase { CaseNumber = "C-4711", Channel = Channel.Phone, Branch = Branch.Makkah, Received = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero) };
        await state.ApplyListPageAsync(Page(2, new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero), new ListItemChange { ItemId = "4711", Case = fixedCase }), CancellationToken.None);

        Assert.Single((await DataQualityAsync(store, ReportPeriod.Month(2026, 11))).Held);
        Assert.Empty((await DataQualityAsync(store, ReportPeriod.Month(2026, 12))).Held);
        Assert.Equal(0, (await store.CountAsync(CancellationToken.None)).Quarantined);
    }

    private static async Task<DataQualityFigures> DataQualityAsync(SqlServiceRecordStore store, ReportPeriod period)
    {
        var (start, end) = ReportPlan.Whole(period).ReadWindow(Calendar);
        var records = await store.ReadForReportAsync(start, end, CancellationToken.None);
        return new QualityMetricsCalculator(new MetricsOptions(), Calendar).Compute(records, period, end).DataQuality;
    }

    private static ListSyncPage Page(long round, DateTimeOffset seenAt, ListItemChange change) => new()
    {
        Source = "cases",
        Kind = SyncRecordKind.Case,
        Round = round,
        FullRound = false,
        Changes = [change],
        Link = $"delta-{round}",
        EndOfRound = true,
        SeenAt = seenAt,
    };
}
