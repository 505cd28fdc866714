namespace Tarmeem.Core.Time;

/// <summary>The shape of a reporting period: it decides what "the previous period" means.</summary>
public enum PeriodKind
{
    Month = 1,
    Quarter = 2,
    Year = 3,
    Custom = 4,
}
