using Tarmeem.Core.Domain;
using static Tarmeem.Reporting.Tests.Metrics.MetricsTestData;

namespace Tarmeem.Reporting.Tests.Metrics;

public sealed class ResponseTimesTests
{
    [Fact]
    public void Compute_DecisionDistribution_StandardIsABucketEdge()
    {
        var buckets = ComputeOctober().ResponseTimes.DecisionDistribution;

        Assert.Equal([(0, 3), (4, 7), (8, 14), (15, 21), (22, 28), (29, (int?)null)], buckets.Select(b => (b.From, b.To)));
        Assert.Equal([1, 1, 2, 1, 1, 0], buckets.Select(b => b.Count));
        Assert.Equal([true, true, true, false, false, false], buckets.Select(b => b.WithinStandard));
    }

    [Fact]
    public void Compute_DecisionDistribution_WithinBucketsAddUpToWithinShare()
    {
        var report = ComputeOctober();
        var within = report.ResponseTimes.DecisionDistribution.Where(b => b.WithinStandard).Sum(b => b.Count);

        Assert.Equal(report.Current.Decision.WithinStandardShare!.Value * report.Current.Decision.Count, within, 1e-9);
    }

    [Fact]
    public void Compute_FirstResponseDistribution_InHours()
    {
        var buckets = ComputeOctober().ResponseTimes.FirstResponseDistribution;

        Assert.Equal([(0, 1), (2, 4), (5, 24), (25, 72), (73, (int?)null)], buckets.Select(b => (b.From, b.To)));
        Assert.Equal([1, 2, 1, 1, 1], buckets.Select(b => b.Count));
        Assert.All(buckets, b => Assert.False(b.WithinStandard));
    }

    [Fact]
    public void Compute_OpenAtEnd_CountsAgingByLastStep()
    {
        var report = ComputeOctober();
        var aging = report.ResponseTimes.Aging.ToDictionary(a => a.WaitingAfter);

        Assert.Equal(4, report.Current.OpenCasesAtEnd);
        Assert.Equal(7, report.ResponseTimes.Aging.Count);
        Assert.Equal(1, aging[CaseStep.Received].From8To14Days);
        Assert.Equal(1, aging[CaseStep.DataVerified].UpTo7Days);
        Assert.Equal(1, aging[CaseStep.SubmittedToCommittee].From15To30Days);
        Assert.Equal(1, aging[CaseStep.Decision].Over30Days);
        Assert.Equal(4, report.ResponseTimes.Aging.Sum(a => a.Total));
    }

    [Fact]
    public void Compute_OpenPastStandard_ListsUndecidedOlderThanStandard()
    {
        var report = ComputeOctober();

        var open = Assert.Single(report.ResponseTimes.OpenPastStandard);
        Assert.Equal("C04", open.CaseNumber);
        Assert.Equal(20, open.AgeDays);
        Assert.Equal(CaseStep.SubmittedToCommittee, open.WaitingAfter);
        Assert.Equal(new DateOnly(2026, 10, 12), open.Received);
        Assert.Equal(1, report.Current.OpenPastStandardAtEnd);

        // At the end of September only C03 (received 30 minutes before midnight) was open, and young.
        Assert.Equal(1, report.Previous.OpenCasesAtEnd);
        Assert.Equal(0, report.Previous.OpenPastStandardAtEnd);
    }

    [Fact]
    public void Compute_Steps_OneRowPerStepAfterReceipt()
    {
        var steps = ComputeOctober().ResponseTimes.Steps.ToDictionary(s => s.Step);

        Assert.Equal(7, steps.Count);
        Assert.DoesNotContain(CaseStep.Received, steps.Keys);

        // C01 (2 hours) and C04 (1 day); C09's verification before its receipt is a finding, not a duration.
        Assert.Equal(2, steps[CaseStep.DataVerified].Stats.Count);
        Assert.Equal(6, steps[CaseStep.Decision].Stats.Count);
        Assert.NotNull(steps[CaseStep.Decision].Stats.WithinStandardShare);
        Assert.Null(steps[CaseStep.ServiceDelivered].Stats.WithinStandardShare);
        Assert.Equal(18.5, steps[CaseStep.ServiceDelivered].Stats.MedianDays!.Value, 1e-9);
    }
}
