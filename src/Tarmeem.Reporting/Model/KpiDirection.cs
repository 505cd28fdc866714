namespace Tarmeem.Reporting.Model;

/// <summary>Which way a KPI should move: volumes are neutral, waiting times should fall.</summary>
public enum KpiDirection
{
    Neutral = 0,
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}
