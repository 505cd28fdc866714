using Tarmeem.Reporting.Metrics;
using Tarmeem.Reporting.Model;
using static Tarmeem.Reporting.Tests.Metrics.MetricsTestData;

namespace Tarmeem.Reporting.Tests.Metrics;

public sealed class KpiTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Compute_Kpis_KeysInDisplayOrderWithResxLabels()
    {
        var kpis = ComputeOctober().Kpis;

        Assert.Equal(
            [
                "CasesReceived", "InquiriesReceived", "FirstResponseMedianHours", "DecisionMedianDays", "DecisionP90Days",
                "DecisionWithinStandard", "DeliveryMedianDays", "OpenPastStandard", "ResponseRate", "Csat", "MeanOverall",
                "ReferredShare", "IncompleteShare", "AcceptanceRate",
            ],
            kpis.Select(k => k.Key));
        Assert.All(kpis, k => Assert.False(string.IsNullOrWhiteSpace(Reporting.Localization.ReportText.KpiLabel(k.Key))));
    }

    [Theory]
    [InlineData(KpiKeys.CasesReceived, KpiUnit.Count, KpiDirection.Neutral)]
    [InlineData(KpiKeys.FirstResponseMedianHours, KpiUnit.Hours, KpiDirection.LowerIsBetter)]
    [InlineData(KpiKeys.DecisionMedianDays, KpiUnit.Days, KpiDirection.LowerIsBetter)]
    [InlineData(KpiKeys.DecisionWithinStandard, KpiUnit.Share, KpiDirection.HigherIsBetter)]
    [InlineData(KpiKeys.OpenPastStandard, KpiUnit.Count, KpiDirection.LowerIsBetter)]
    [InlineData(KpiKeys.Csat, KpiUnit.Share, KpiDirection.HigherIsBetter)]
    [InlineData(KpiKeys.MeanOverall, KpiUnit.Score, KpiDirection.HigherIsBetter)]
    [InlineData(KpiKeys.ReferredShare, KpiUnit.Share, KpiDirection.Neutral)]
    [InlineData(KpiKeys.IncompleteShare, KpiUnit.Share, KpiDirection.LowerIsBetter)]
    [InlineData(KpiKeys.AcceptanceRate, KpiUnit.Share, KpiDirection.Neutral)]
    public void Compute_Kpi_UnitAndDirection(string key, KpiUnit unit, KpiDirection direction)
    {
        var kpi = ComputeOctober().Kpis.Single(k => k.Key == key);

        Assert.Equal(unit, kpi.Unit);
        Assert.Equal(direction, kpi.Direction);
    }

    [Theory]
    [InlineData(KpiKeys.CasesReceived, 8.0, 2.0, 1.0)]
    [InlineData(KpiKeys.InquiriesReceived, 8.0, 1.0, 1.0)]
    [InlineData(KpiKeys.FirstResponseMedianHours, 13.5, 1.0, 5.0)]
    [InlineData(KpiKeys.DecisionMedianDays, 14.0, 10.0, 7.0)]
    [InlineData(KpiKeys.DecisionP90Days, 23.0, 10.0, 7.0)]
    [InlineData(KpiKeys.DeliveryMedianDays, 18.5, 18.0, 25.0)]
    [InlineData(KpiKeys.OpenPastStandard, 1.0, 0.0, 0.0)]
    [InlineData(KpiKeys.ResponseRate, 0.8, 1.0, null)]
    [InlineData(KpiKeys.Csat, 0.5, 1.0, null)]
    [InlineData(KpiKeys.DecisionWithinStandard, 4.0 / 6, 1.0, 1.0)]
    public void Compute_Kpi_CurrentPreviousAndLastYear(string key, double current, double? previous, double? lastYear)
    {
        var kpi = ComputeOctober().Kpis.Single(k => k.Key == key);

        Assert.Equal(current, kpi.Current!.Value, Tolerance);
        AssertClose(previous, kpi.Previous);
        AssertClose(lastYear, kpi.LastYear);
    }

    [Fact]
    public void Compute_DecisionMedianRose_JudgedWorse()
    {
        var kpi = ComputeOctober().Kpis.Single(k => k.Key == KpiKeys.DecisionMedianDays);

        Assert.Equal(ChangeVerdict.Worse, kpi.Judge(kpi.Previous));
        Assert.Equal(4.0, kpi.ChangeFromPrevious!.Value, Tolerance);
    }

    private static void AssertClose(double? expected, double? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal(expected.Value, actual.Value, Tolerance);
    }
}
