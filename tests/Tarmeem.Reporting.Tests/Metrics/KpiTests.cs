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

        Assert.Equal(ChangeVerdict.Worse, kpi.Verdict(kpi.PrintedChange(kpi.Previous, 1)));
        Assert.Equal(4.0, kpi.PrintedChange(kpi.Previous, 1)!.Value, Tolerance);
    }

    [Theory]
    [InlineData(KpiUnit.Score, 4.08, 4.03, 2, 0.05)]
    [InlineData(KpiUnit.Days, 9.75, 9.34, 1, 0.5)]
    [InlineData(KpiUnit.Days, 20.6, 20.96, 1, -0.4)]
    [InlineData(KpiUnit.Share, 0.456, 0.444, 0, 2.0)]
    [InlineData(KpiUnit.Score, 2.675, 2.665, 2, 0.01)]
    public void PrintedChange_ValuesRoundedBeforeSubtracting_DifferenceOfPrintedValues(
        KpiUnit unit, double current, double previous, int decimals, double expected)
    {
        var kpi = new Kpi { Key = "X", Unit = unit, Direction = KpiDirection.HigherIsBetter, Current = current, Previous = previous };

        Assert.Equal(expected, kpi.PrintedChange(kpi.Previous, decimals));
    }

    [Fact]
    public void Verdict_PrintedValuesEqual_Unchanged()
    {
        var kpi = new Kpi { Key = "X", Unit = KpiUnit.Days, Direction = KpiDirection.LowerIsBetter, Current = 9.34, Previous = 9.26 };

        Assert.Equal(ChangeVerdict.Unchanged, kpi.Verdict(kpi.PrintedChange(kpi.Previous, 1)));
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
