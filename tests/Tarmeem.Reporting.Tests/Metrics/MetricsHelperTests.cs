using Tarmeem.Core.Time;
using Tarmeem.Reporting.Metrics;
using static Tarmeem.Reporting.Tests.Metrics.MetricsTestData;

namespace Tarmeem.Reporting.Tests.Metrics;

public sealed class MetricsHelperTests
{
    [Theory]
    [InlineData(new long[] { 5 }, 0.5, 5.0)]
    [InlineData(new long[] { 1, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.9, 9.1)]
    [InlineData(new long[] { 10, 20, 30 }, 0.9, 28.0)]
    [InlineData(new long[] { 7, 7, 7, 100 }, 0.5, 7.0)]
    public void Percentile_KnownValues_LinearInterpolation(long[] sorted, double p, double expected)
    {
        Assert.Equal(expected, Percentile.OfSorted(sorted, p)!.Value, 1e-9);
    }

    [Fact]
    public void Percentile_Empty_Null()
    {
        Assert.Null(Percentile.OfSorted([], 0.5));
    }

    [Theory]
    [InlineData(14, new[] { 3, 7, 14, 21, 28 })]
    [InlineData(10, new[] { 2, 5, 10, 15, 20 })]
    [InlineData(1, new[] { 0, 1, 2 })]
    public void DecisionDayEdges_FromStandard_StandardIsAnEdge(int standard, int[] expected)
    {
        var edges = DurationBuckets.DecisionDayEdges(standard);

        Assert.Equal(expected, edges);
        Assert.Contains(standard, edges);
    }

    [Fact]
    public void BusinessDayCounter_InsideAndOutsideTable_AgreesWithCalendar()
    {
        var counter = new BusinessDayCounter(Calendar, new DateOnly(2026, 9, 1).DayNumber, new DateOnly(2026, 11, 30).DayNumber);
        var start = new DateOnly(2026, 8, 20);
        for (var from = 0; from < 120; from += 7)
        {
            for (var to = 0; to < 120; to += 3)
            {
                var a = start.AddDays(from);
                var b = start.AddDays(to);
                Assert.Equal(
                    Calendar.BusinessDays(Calendar.StartOf(a), Calendar.StartOf(b)),
                    counter.Between(a.DayNumber, b.DayNumber));
            }
        }
    }

    [Fact]
    public void Validate_FirstResponseStandardZero_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MetricsOptions { FirstResponseStandardHours = 0 }.Validate());

        Assert.Contains(nameof(MetricsOptions.FirstResponseStandardHours), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_FirstResponseStandardConfigured_MarksBucketsWithin()
    {
        var report = new QualityMetricsCalculator(new MetricsOptions { FirstResponseStandardHours = 24 }, BusinessCalendar.Default)
            .Compute(Records(), October, GeneratedAt);

        Assert.Equal([true, true, true, false, false], report.ResponseTimes.FirstResponseDistribution.Select(b => b.WithinStandard));
    }
}
