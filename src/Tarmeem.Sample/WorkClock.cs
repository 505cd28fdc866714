using Tarmeem.Core.Time;

namespace Tarmeem.Sample;

/// <summary>
/// When staff act: on working days, 08:00–16:00 local time. Every method returns a moment strictly
/// later than (or equal to, for <see cref="Working"/>) the one it is given, so generated steps stay in order.
/// Times are local Riyadh wall-clock <see cref="DateTime"/>s; the generators attach +03:00 at the end.
/// </summary>
internal sealed class WorkClock(BusinessCalendar calendar, Random random)
{
    public static readonly TimeSpan DayStart = TimeSpan.FromHours(8);
    public static readonly TimeSpan DayEnd = TimeSpan.FromHours(16);

    private static readonly TimeSpan MinimumGap = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MorningBacklog = TimeSpan.FromHours(2);

    private bool IsWorkingTime(DateTime local) =>
        calendar.IsBusinessDay(DateOnly.FromDateTime(local)) && local.TimeOfDay >= DayStart && local.TimeOfDay < DayEnd;

    public DateOnly NextBusinessDay(DateOnly date)
    {
        do
        {
            date = date.AddDays(1);
        }
        while (!calendar.IsBusinessDay(date));

        return date;
    }

    public DateOnly OnOrAfter(DateOnly date) => calendar.IsBusinessDay(date) ? date : NextBusinessDay(date);

    /// <summary>A random moment within office hours of <paramref name="date"/>.</summary>
    public DateTime OfficeTime(DateOnly date) => date.ToDateTime(TimeOnly.MinValue) + random.Between(DayStart, DayEnd);

    /// <summary>
    /// A staff action <paramref name="businessDays"/> working days after <paramref name="previous"/>;
    /// zero means later the same working day when enough of it is left, else the next working day.
    /// </summary>
    public DateTime Later(DateTime previous, int businessDays)
    {
        var date = DateOnly.FromDateTime(previous);
        if (businessDays <= 0 && calendar.IsBusinessDay(date))
        {
            var time = previous.TimeOfDay;
            if (time < DayStart)
            {
                return OfficeTime(date);
            }

            if (time < DayEnd - (MinimumGap * 6))
            {
                return previous + random.Between(MinimumGap, DayEnd - time);
            }
        }

        for (var i = 0; i < Math.Max(1, businessDays); i++)
        {
            date = NextBusinessDay(date);
        }

        return OfficeTime(date);
    }

    /// <summary>The first working moment at or after <paramref name="local"/>; after hours, next morning's backlog.</summary>
    public DateTime Working(DateTime local)
    {
        if (IsWorkingTime(local))
        {
            return local;
        }

        var date = DateOnly.FromDateTime(local);
        if (!calendar.IsBusinessDay(date) || local.TimeOfDay >= DayEnd)
        {
            date = NextBusinessDay(date);
        }

        return date.ToDateTime(TimeOnly.MinValue) + DayStart + random.Between(TimeSpan.Zero, MorningBacklog);
    }
}
