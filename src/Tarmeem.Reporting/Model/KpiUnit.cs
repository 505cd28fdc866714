namespace Tarmeem.Reporting.Model;

/// <summary>How a KPI's number is read and formatted.</summary>
public enum KpiUnit
{
    Count = 1,
    /// <summary>A fraction shown as a percentage; its changes are percentage points.</summary>
    Share = 2,
    Days = 3,
    Hours = 4,
    /// <summary>A mean on the five-point scale.</summary>
    Score = 5,
}
