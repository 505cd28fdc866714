namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Age of an open case in started calendar days: 14 days and one hour is day 15. With this reading "older
/// than the standard" and "in a band past the standard" always agree.
/// </summary>
internal static class OpenCaseAge
{
    public static int StartedDays(long ticks) => (int)((ticks + TimeSpan.TicksPerDay - 1) / TimeSpan.TicksPerDay);

    /// <summary>0: up to 7 days, 1: 8–14, 2: 15–30, 3: over 30.</summary>
    public static int Band(int ageDays) => ageDays switch
    {
        <= 7 => 0,
        <= 14 => 1,
        <= 30 => 2,
        _ => 3,
    };
}
