using System.Diagnostics;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Metrics;
using Xunit.Abstractions;
using static Tarmeem.Reporting.Tests.Metrics.MetricsTestData;

namespace Tarmeem.Reporting.Tests.Metrics;

public sealed class PerformanceTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("2026-10")]
    [InlineData("2026")]
    public void Compute_100kCases250kInquiries_WellUnderTwoSeconds(string period)
    {
        var records = LargeDataset.Build(100_000, 250_000);
        var calculator = new QualityMetricsCalculator(new MetricsOptions(), Calendar);
        calculator.Compute(records, ReportPeriod.Parse(period), GeneratedAt);

        var stopwatch = Stopwatch.StartNew();
        var report = calculator.Compute(records, ReportPeriod.Parse(period), GeneratedAt);
        stopwatch.Stop();

        output.WriteLine(
            $"{period}: {stopwatch.ElapsedMilliseconds} ms for {records.Cases.Count} cases, {records.Inquiries.Count} inquiries, " +
            $"{records.Invitations.Count} invitations, {records.Responses.Count} responses; {report.CaseRows.Count} case rows");
        Assert.Equal(report.Current.CasesReceived, report.CaseRows.Count);
        Assert.InRange(stopwatch.ElapsedMilliseconds, 0, 2000);
    }
}
