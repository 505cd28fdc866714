namespace Tarmeem.Reporting.Metrics;

/// <summary>The headline indicators' keys; each names its label <c>Kpi_{key}</c> in ReportText.resx.</summary>
public static class KpiKeys
{
    public const string CasesReceived = nameof(CasesReceived);
    public const string InquiriesReceived = nameof(InquiriesReceived);
    public const string FirstResponseMedianHours = nameof(FirstResponseMedianHours);
    public const string DecisionMedianDays = nameof(DecisionMedianDays);
    public const string DecisionP90Days = nameof(DecisionP90Days);
    public const string DecisionWithinStandard = nameof(DecisionWithinStandard);
    public const string DeliveryMedianDays = nameof(DeliveryMedianDays);
    public const string OpenPastStandard = nameof(OpenPastStandard);
    public const string ResponseRate = nameof(ResponseRate);
    public const string Csat = nameof(Csat);
    public const string MeanOverall = nameof(MeanOverall);
    public const string ReferredShare = nameof(ReferredShare);
    public const string IncompleteShare = nameof(IncompleteShare);
    public const string AcceptanceRate = nameof(AcceptanceRate);
}
