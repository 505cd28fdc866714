using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Planning;

namespace Tarmeem.Reporting.Metrics;

/// <summary>The headline indicators in display order, each read alike from the three periods' figures.</summary>
internal static class KpiBuilder
{
    private static readonly (string Key, KpiUnit Unit, KpiDirection Direction, DataSource Source, Func<PeriodFigures, double?> Read)[] Definitions =
    [
        (KpiKeys.CasesReceived, KpiUnit.Count, KpiDirection.Neutral, DataSource.Cases, f => f.CasesReceived),
        (KpiKeys.InquiriesReceived, KpiUnit.Count, KpiDirection.Neutral, DataSource.Inquiries, f => f.InquiriesReceived),
        (KpiKeys.FirstResponseMedianHours, KpiUnit.Hours, KpiDirection.LowerIsBetter, DataSource.Inquiries, f => f.FirstResponse.MedianDays * 24),
        (KpiKeys.DecisionMedianDays, KpiUnit.Days, KpiDirection.LowerIsBetter, DataSource.Cases, f => f.Decision.MedianDays),
        (KpiKeys.DecisionP90Days, KpiUnit.Days, KpiDirection.LowerIsBetter, DataSource.Cases, f => f.Decision.P90Days),
        (KpiKeys.DecisionWithinStandard, KpiUnit.Share, KpiDirection.HigherIsBetter, DataSource.Cases, f => f.Decision.WithinStandardShare),
        (KpiKeys.DeliveryMedianDays, KpiUnit.Days, KpiDirection.LowerIsBetter, DataSource.Cases, f => f.Delivery.MedianDays),
        (KpiKeys.OpenPastStandard, KpiUnit.Count, KpiDirection.LowerIsBetter, DataSource.Cases, f => f.OpenPastStandardAtEnd),
        (KpiKeys.ResponseRate, KpiUnit.Share, KpiDirection.HigherIsBetter, DataSource.Surveys, f => f.ResponseRate),
        (KpiKeys.Csat, KpiUnit.Share, KpiDirection.HigherIsBetter, DataSource.Surveys, f => f.Csat),
        (KpiKeys.MeanOverall, KpiUnit.Score, KpiDirection.HigherIsBetter, DataSource.Surveys, f => f.MeanOverall),
        (KpiKeys.ReferredShare, KpiUnit.Share, KpiDirection.Neutral, DataSource.Cases, f => f.ReferredShare),
        (KpiKeys.IncompleteShare, KpiUnit.Share, KpiDirection.LowerIsBetter, DataSource.Cases, f => f.IncompleteShare),
        (KpiKeys.AcceptanceRate, KpiUnit.Share, KpiDirection.Neutral, DataSource.Cases, f => f.AcceptanceRate),
    ];

    public static IReadOnlyList<Kpi> Build(PeriodFigures current, PeriodFigures previous, PeriodFigures lastYear, ReportPlan plan) =>
        [.. Definitions.Select(d => new Kpi
        {
            Key = d.Key,
            Unit = d.Unit,
            Direction = d.Direction,
            Current = d.Read(current),
            Previous = d.Read(previous),
            LastYear = d.Read(lastYear),
            PreviousComparable = plan.PreviousCovered(d.Source),
            LastYearComparable = plan.LastYearCovered(d.Source),
        })];
}
