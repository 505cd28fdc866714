using Tarmeem.Core.Time;

namespace Tarmeem.Surveys.Planning;

/// <summary>When survey mail may go out: the sending days, between the window's hours, local time, holidays excluded.</summary>
public sealed class SendWindow
{
    private readonly BusinessCalendar _calendar;
    private readonly IReadOnlySet<DayOfWeek> _days;
    private readonly TimeOnly _start;
    private readonly TimeOnly _end;
    private readonly bool _skipHolidays;

    public SendWindow(SurveyOptions options, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calendar);
        _calendar = calendar;
        _days = SendDaysParser.Parse(options.SendDays);
        _start = options.WindowStart;
        _end = options.WindowEnd;
        _skipHolidays = options.SkipHolidays;
    }

    /// <summary>The window's length on one day (pacing spreads the daily cap over it).</summary>
    public TimeSpan DailyLength => _end - _start;

    public bool IsOpen(DateTimeOffset instant)
    {
        var local = _calendar.LocalDateTime(instant);
        var time = TimeOnly.FromDateTime(local);
        return IsSendingDay(DateOnly.FromDateTime(local)) && time >= _start && time < _end;
    }

    /// <summary><paramref name="instant"/> itself when open, else the next opening.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant)
    {
        if (IsOpen(instant))
        {
            return instant;
        }

        var local = _calendar.LocalDateTime(instant);
        var date = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) >= _start)
        {
            date = date.AddDays(1);
        }

        // A year of holidays and a single sending day still opens within 400 days; a calendar that never opens is a setting mistake.
        for (var i = 0; i < 400; i++, date = date.AddDays(1))
        {
            if (IsSendingDay(date))
            {
                return _calendar.StartOf(date) + _start.ToTimeSpan();
            }
        }

        throw new InvalidOperationException($"The survey sending window never opens: check {SurveyOptions.Section}:SendDays and the holidays.");
    }

    /// <summary>The start of the local day <paramref name="instant"/> falls on (the daily cap counts from it).</summary>
    public DateTimeOffset StartOfDay(DateTimeOffset instant) => _calendar.StartOf(_calendar.LocalDate(instant));

    private bool IsSendingDay(DateOnly date) =>
        _days.Contains(date.DayOfWeek) && !(_skipHolidays && _calendar.Holidays.Contains(date));
}
