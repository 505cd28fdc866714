using Tarmeem.Core.Domain;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Metrics;
using Tarmeem.Reporting.Model;
using static Tarmeem.Reporting.Tests.Metrics.MetricsTestData;

namespace Tarmeem.Reporting.Tests.Metrics;

/// <summary>Expected numbers are derived by hand in <see cref="MetricsTestData"/>.</summary>
public sealed class PeriodFiguresTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Compute_LocalMidnightEdges_PlaceRecordsByRiyadhDate()
    {
        var report = ComputeOctober();

        // C02 at 2026-09-30T22:30Z and I09 at 21:30Z are October 1 in Riyadh; C03 (20:30Z) and I10 (20:59Z) are September 30.
        var rows = report.CaseRows.Select(r => r.CaseNumber).ToList();
        Assert.Contains("C02", rows);
        Assert.DoesNotContain("C03", rows);
        Assert.Equal(new DateOnly(2026, 10, 1), report.CaseRows.Single(r => r.CaseNumber == "C02").Received);
        Assert.Equal(8, report.Current.CasesReceived);
        Assert.Equal(8, report.Current.InquiriesReceived);
        Assert.Equal(2, report.Previous.CasesReceived);
        Assert.Equal(1, report.Previous.InquiriesReceived);
        Assert.Equal(1, report.LastYear.CasesReceived);
    }

    [Fact]
    public void Compute_DecisionsInPeriod_MedianP90AndWithinStandardByHand()
    {
        var decision = ComputeOctober().Current.Decision;

        Assert.Equal(6, decision.Count);
        Assert.Equal(14, decision.MedianDays!.Value, Tolerance);
        Assert.Equal(23, decision.P90Days!.Value, Tolerance);
        Assert.Equal(9.5, decision.MedianBusinessDays!.Value, Tolerance);
        Assert.Equal(15, decision.P90BusinessDays!.Value, Tolerance);

        // C02 and C06 took exactly 14.0 days: they count as within the standard.
        Assert.Equal(4.0 / 6, decision.WithinStandardShare!.Value, Tolerance);
    }

    [Fact]
    public void Compute_StandardOfThirteenDays_ExactFourteenFallsOutside()
    {
        var decision = ComputeOctober(standardDays: 13).Current.Decision;

        Assert.Equal(2.0 / 6, decision.WithinStandardShare!.Value, Tolerance);
    }

    [Fact]
    public void Compute_BusinessDays_SkipWeekendAndConfiguredHoliday()
    {
        var rows = ComputeOctober().CaseRows.ToDictionary(r => r.CaseNumber);

        // C01 Sunday → Thursday over the Tuesday holiday: 4 calendar days, 3 business days.
        Assert.Equal(4, rows["C01"].DaysToDecision!.Value, Tolerance);
        Assert.Equal(3, rows["C01"].BusinessDaysToDecision);

        // C07 Thursday → Sunday over the Friday–Saturday weekend: 3 calendar days, 1 business day.
        Assert.Equal(3, rows["C07"].DaysToDecision!.Value, Tolerance);
        Assert.Equal(1, rows["C07"].BusinessDaysToDecision);
    }

    [Fact]
    public void Compute_BusinessDays_WithoutTheHolidayCountOneMore()
    {
        var report = new QualityMetricsCalculator(new MetricsOptions(), BusinessCalendar.Default)
            .Compute(Records(), October, GeneratedAt);

        Assert.Equal(4, report.CaseRows.Single(r => r.CaseNumber == "C01").BusinessDaysToDecision);
    }

    [Fact]
    public void Compute_RegistrationDeliveryAndFirstResponse_ByDateOfThatStep()
    {
        var current = ComputeOctober().Current;

        Assert.Equal(2, current.Registration.Count);
        Assert.Equal(12, current.Registration.MedianDays!.Value, Tolerance);
        Assert.Equal(16, current.Registration.P90Days!.Value, Tolerance);
        Assert.Equal(18.5, current.Delivery.MedianDays!.Value, Tolerance);

        // Six answered inquiries; I07's answer before receipt is left out.
        Assert.Equal(6, current.FirstResponse.Count);
        Assert.Equal(13.5, current.FirstResponse.MedianDays!.Value * 24, 1e-6);
        Assert.Null(current.FirstResponse.WithinStandardShare);
    }

    [Fact]
    public void Compute_ProcessQuality_SharesOverCasesReceived()
    {
        var report = ComputeOctober();
        var process = report.ProcessQuality;

        Assert.Equal(8, process.CasesReceived);
        Assert.Equal(0.25, process.ReferredShare!.Value, Tolerance);
        Assert.Equal(0.25, process.IncompleteShare!.Value, Tolerance);
        Assert.Equal(2, process.Accepted);
        Assert.Equal(3, process.Rejected);
        Assert.Equal(0.4, process.AcceptanceRate!.Value, Tolerance);
        Assert.Equal(report.Current.AcceptanceRate, process.AcceptanceRate);

        var byBranch = process.ByBranch.ToDictionary(b => b.Branch);
        Assert.Equal(6, process.ByBranch.Count);
        Assert.Equal(1.0, byBranch[Branch.Makkah].AcceptanceRate!.Value, Tolerance);
        Assert.Equal(0.5, byBranch[Branch.Makkah].ReferredShare!.Value, Tolerance);

        // Jeddah decided C02 (received in October, within) and C03 (received in September, 20 days).
        Assert.Equal(0.5, byBranch[Branch.Jeddah].DecisionWithinStandardShare!.Value, Tolerance);
        Assert.Null(byBranch[Branch.Taif].AcceptanceRate);
        Assert.Equal(1, byBranch[Branch.Unspecified].CasesReceived);
    }

    [Fact]
    public void Compute_EmptyRecords_EveryFigureZeroOrNullAndListsPresent()
    {
        var report = new QualityMetricsCalculator(new MetricsOptions(), Calendar).Compute(ServiceRecords.Empty, October, GeneratedAt);

        Assert.True(report.IsEmpty);
        Assert.Equal(0, report.Current.CasesReceived);
        Assert.Equal(DurationStats.None, report.Current.Decision);
        Assert.Null(report.Current.ResponseRate);
        Assert.Null(report.Current.Csat);
        Assert.Null(report.Current.AcceptanceRate);
        Assert.Equal(14, report.Kpis.Count);
        Assert.All(report.Kpis, k => Assert.True(k.Current is null or 0));
        Assert.Equal(9, report.Channels.Count);
        Assert.All(report.Channels, c => Assert.Equal(0, c.Total));
        Assert.Equal(12, report.Trend.Count);
        Assert.Empty(report.CaseRows);
        Assert.Empty(report.Satisfaction.Comments);
        Assert.Equal([0, 0, 0, 0, 0], report.Satisfaction.OverallDistribution);
        Assert.Equal(6, report.ResponseTimes.DecisionDistribution.Count);
        Assert.All(report.ResponseTimes.DecisionDistribution, b => Assert.Equal(0, b.Count));
        Assert.Empty(report.ResponseTimes.OpenPastStandard);
        Assert.Equal(8, report.DataQuality.Findings.Count);
        Assert.Equal(0, report.DataQuality.Total);
    }

    [Fact]
    public void Compute_PeriodWithoutRecords_IsEmptyButKeepsOlderOpenCases()
    {
        var report = new QualityMetricsCalculator(new MetricsOptions(), Calendar)
            .Compute(Records(), ReportPeriod.Month(2026, 12), GeneratedAt);

        Assert.True(report.IsEmpty);
        Assert.Empty(report.CaseRows);

        // C03, C04, C05 and C09 are still open on December 31; C04, C05 and C09 are undecided and old.
        Assert.Equal(4, report.Current.OpenCasesAtEnd);
        Assert.Equal(3, report.Current.OpenPastStandardAtEnd);
    }

    [Fact]
    public void Constructor_StandardOfZero_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new QualityMetricsCalculator(new MetricsOptions { DecisionStandardDays = 0 }, Calendar));

        Assert.Contains(nameof(MetricsOptions.DecisionStandardDays), error.Message, StringComparison.Ordinal);
    }
}
