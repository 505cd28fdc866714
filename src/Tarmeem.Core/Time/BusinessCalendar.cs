namespace Tarmeem.Core.Time;

/// <summary>
/// The association's working calendar: local time Asia/Riyadh, weekend Friday and Saturday, plus
/// configured holidays (the Eids, the National Day, Founding Day…). All local-date questions go here,
/// so that nothing else converts time zones.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly DateOnly[] _holidays;

    public BusinessCalendar(TimeZoneInfo zone, IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(holidays);
        Zone = zone;
        _holidays = holidays.Where(IsWorkingWeekday).Distinct().Order().ToArray();
    }

    /// <summary>Riyadh time, the standard weekend, no holidays.</summary>
    public static BusinessCalendar Default { get; } = new(RiyadhTime.Zone, []);

    public TimeZoneInfo Zone { get; }

    public IReadOnlyList<DateOnly> Holidays => _holidays;

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday;

    public bool IsBusinessDay(DateOnly date) => !IsWeekend(date) && Array.BinarySearch(_holidays, date) < 0;

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public DateTime LocalDateTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The instant at which <paramref name="date"/> begins in local time.</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>Elapsed calendar days, fractional (a day is 24 hours).</summary>
    public static double CalendarDays(DateTimeOffset from, DateTimeOffset to) => (to - from).TotalDays;

    /// <summary>
    /// Business days from one instant to another: the working local dates after the start date, up to and
    /// including the end date. Same day is 0; Thursday to Sunday is 1. Negative when the end is earlier.
    /// </summary>
    public int BusinessDays(DateTimeOffset from, DateTimeOffset to)
    {
        var start = LocalDate(from);
        var end = LocalDate(to);
        return end >= start ? WorkingDatesAfter(start, end) : -WorkingDatesAfter(end, start);
    }

    private int WorkingDatesAfter(DateOnly start, DateOnly end)
    {
        // Whole weeks hold five working days; walk only the remainder, then subtract holidays in range.
        var days = end.DayNumber - start.DayNumber;
        var working = (days / 7) * 5;
        var cursor = start.AddDays((days / 7) * 7);
        while (cursor < end)
        {
            cursor = cursor.AddDays(1);
            if (!IsWeekend(cursor))
            {
                working++;
            }
        }

        return working - HolidaysWithin(start.AddDays(1), end);
    }

    private int HolidaysWithin(DateOnly first, DateOnly last)
    {
        if (_holidays.Length == 0 || last < first)
        {
            return 0;
        }

        var lo = LowerBound(first);
        var hi = LowerBound(last.AddDays(1));
        return hi - lo;
    }

    private int LowerBound(DateOnly date)
    {
        var index = Array.BinarySearch(_holidays, date);
        return index >= 0 ? index : ~index;
    }

    private static bool IsWorkingWeekday(DateOnly date) => !IsWeekend(date);
}
