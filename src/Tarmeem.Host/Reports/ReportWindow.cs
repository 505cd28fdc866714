using Tarmeem.Core.Time;

namespace Tarmeem.Host.Reports;

/// <summary>
/// The span of records a report must read: the period itself, the one before it, the same one a year
/// earlier, and the twelve months of trend that end with it.
/// </summary>
public static class ReportWindow
{
    public static (DateTimeOffset Start, DateTimeOffset End) For(ReportPeriod period, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendar);
        var trendStart = new DateOnly(period.End.Year, period.End.Month, 1).AddMonths(-11);
        DateOnly[] starts = [period.Start, period.Previous().Start, period.SameLastYear().Start, trendStart];
        return (calendar.StartOf(starts.Min()), calendar.StartOf(period.End.AddDays(1)));
    }
}
