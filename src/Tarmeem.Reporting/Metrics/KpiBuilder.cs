using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Metrics;

/// <summary>The headline indicators in display order, each read alike from the three periods' figures.</summary>
internal static class KpiBuilder
{
    private static readonly (string Key, KpiUnit Unit, KpiDirection Direction, Func<PeriodFigures, double?> Read)[] Definitions =
    [
        (KpiKeys.CasesReceived, KpiUnit.Count, KpiDirection.Neutral, f => f.CasesReceived),
        (KpiKeys.InquiriesReceived, KpiUnit.Count, KpiDirection.Neutral, f => f.InquiriesReceived),
        (KpiKeys.FirstResponseMedianHours, KpiUnit.Hours, KpiDirection.LowerIsBetter, f => f.FirstResponse.MedianDays * 24),
        (KpiKeys.DecisionMedianDays, KpiUnit.Days, KpiDirection.LowerIsBetter, f => f.Decision.MedianDays),
        (KpiKeys.DecisionP90Days, KpiUnit.Days, KpiDirection.LowerIsBetter, f => f.Decision.P90Days),
        (KpiKeys.DecisionWithinStandard, KpiUnit.Share, KpiDirection.HigherIsBetter, f => f.Decision.WithinStandardShare),
        (KpiKeys.DeliveryMedianDays, KpiUnit.Days, KpiDirection.LowerIsBetter, f => f.Delivery.MedianDays),
        (KpiKeys.OpenPastStandard, KpiUnit.Count, KpiDirection.LowerIsBetter, f => f.OpenPastStandardAtEnd),
        (KpiKeys.ResponseRate, KpiUnit.Share, KpiDirection.HigherIsBetter, f => f.ResponseRate),
        (KpiKeys.Csat, KpiUnit.Share, KpiDirection.HigherIsBetter, f => f.Csat),
        (KpiKeys.MeanOverall, KpiUnit.Score, KpiDirection.HigherIsBetter, f => f.MeanOverall),
        (KpiKeys.ReferredShare, KpiUnit.Share, KpiDirection.Neutral, f => f.ReferredShare),
        (KpiKeys.IncompleteShare, KpiUnit.Share, KpiDirection.LowerIsBetter, f => f.IncompleteShare),
        (KpiKeys.AcceptanceRate, KpiUnit.Share, KpiDirection.Neutral, f => f.AcceptanceRate),
    ];

    public static IReadOnlyList<Kpi> Build(PeriodFigures current, PeriodFigures previous, PeriodFigures lastYear) =>
        [.. Definitions.Select(d => new Kpi
        {
            Key = d.Key,
            Unit = d.Unit,
            Direction = d.Direction,
            Current = d.Read(current),
            Previous = d.Read(previous),
            LastYear = d.Read(lastYear),
        })];
}
