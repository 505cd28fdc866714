using System.Globalization;

namespace Tarmeem.Core.Time;

/// <summary>Umm al-Qura (the Saudi official Hijri calendar) conversions for dates shown to people.</summary>
public static class HijriDate
{
    private static readonly UmAlQuraCalendar Calendar = new();

    /// <summary><c>yyyy/MM/dd</c> in the Umm al-Qura calendar, Latin digits (callers localise digits).</summary>
    public static string Format(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        if (dt < Calendar.MinSupportedDateTime || dt > Calendar.MaxSupportedDateTime)
        {
            return string.Empty;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Calendar.GetYear(dt):0000}/{Calendar.GetMonth(dt):00}/{Calendar.GetDayOfMonth(dt):00}");
    }

    /// <summary>Hijri year, month and day of a Gregorian date.</summary>
    public static (int Year, int Month, int Day) Parts(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return (Calendar.GetYear(dt), Calendar.GetMonth(dt), Calendar.GetDayOfMonth(dt));
    }
}
