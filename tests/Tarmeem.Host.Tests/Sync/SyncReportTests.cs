using Tarmeem.Core.Domain;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Metrics;

namespace Tarmeem.Host.Tests.Sync;

public sealed class SyncReportTests
{
    [Fact]
    public async Task Report_OnSyncedData_CountsTheSyncedCasesAndUnmappedChannels()
    {
        await using var harness = await SyncHarness.StartAsync();
        for (var i = 1; i <= 12; i++)
        {
            harness.Lists.AddCase(i, i % 4 == 0 ? "أخرى" : "المقابلة", minutes: i * 60);
        }

        harness.Lists.AddInquiry(30);
        await harness.SyncAsync();
        var records = await harness.ReadAllAsync();

        var report = new QualityMetricsCalculator(new MetricsOptions(), BusinessCalendar.Default)
            .Compute(records, ReportPeriod.Month(2026, 10), new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero));

        Assert.Equal(12, report.Current.CasesReceived);
        Assert.Equal(1, report.Current.InquiriesReceived);
        Assert.Equal(3, records.Cases.Count(c => c.Channel == Channel.Unspecified && c.RawChannel == "أخرى"));
    }
}
