using Tarmeem.Core.Time;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Local day numbers for many instants. Asking the calendar for each of a million timestamps is the
/// slowest part of a report, so the calendar's UTC offset is remembered per UTC day; a day in which the offset
/// changes (a daylight-saving switch; Riyadh has none) is never remembered and is asked about every time.
/// Not thread-safe: one report, one converter.
/// </summary>
internal sealed class LocalDayConverter
{
    private const int CacheSize = 4096;

    private readonly BusinessCalendar _calendar;
    private readonly long[] _utcDays = new long[CacheSize];
    private readonly long[] _offsetTicks = new long[CacheSize];

    public LocalDayConverter(BusinessCalendar calendar)
    {
        _calendar = calendar;
        Array.Fill(_utcDays, long.MinValue);
    }

    public int DayOf(DateTimeOffset instant)
    {
        var utcTicks = instant.UtcTicks;
        var utcDay = utcTicks / TimeSpan.TicksPerDay;
        var slot = (int)(utcDay & (CacheSize - 1));
        if (_utcDays[slot] != utcDay && !Remember(utcDay, slot))
        {
            return _calendar.LocalDate(instant).DayNumber;
        }

        return (int)((utcTicks + _offsetTicks[slot]) / TimeSpan.TicksPerDay);
    }

    private bool Remember(long utcDay, int slot)
    {
        var first = new DateTimeOffset(utcDay * TimeSpan.TicksPerDay, TimeSpan.Zero);
        var last = first.AddTicks(TimeSpan.TicksPerDay - 1);
        var offset = _calendar.LocalDateTime(first).Ticks - first.UtcTicks;
        if (_calendar.LocalDateTime(last).Ticks - last.UtcTicks != offset)
        {
            return false;
        }

        _utcDays[slot] = utcDay;
        _offsetTicks[slot] = offset;
        return true;
    }
}
