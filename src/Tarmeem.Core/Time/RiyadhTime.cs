namespace Tarmeem.Core.Time;

/// <summary>The association's local time zone: UTC+3 all year, no daylight saving.</summary>
public static class RiyadhTime
{
    /// <summary>Asia/Riyadh (IANA) or Arab Standard Time (Windows); both resolve with ICU.</summary>
    public static TimeZoneInfo Zone { get; } = Resolve();

    private static TimeZoneInfo Resolve()
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Riyadh", out var zone)
            || TimeZoneInfo.TryFindSystemTimeZoneById("Arab Standard Time", out zone))
        {
            return zone;
        }

        // A machine without time-zone data still knows the rule: +03:00 all year.
        return TimeZoneInfo.CreateCustomTimeZone("Asia/Riyadh", TimeSpan.FromHours(3), "Riyadh", "Riyadh");
    }
}
