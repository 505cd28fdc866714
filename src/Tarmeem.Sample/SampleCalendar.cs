using Tarmeem.Core.Time;

namespace Tarmeem.Sample;

/// <summary>
/// The working calendar and the seasons the sample follows: the two Eids and the national days off,
/// a rush in the second half of Sha'ban and before the summer, quiet Eid weeks and a quiet August.
/// Hijri dates come from Umm al-Qura, so the seasons move with the real Ramadan of each year.
/// </summary>
internal sealed class SampleCalendar
{
    // Steps of late cases run past the end of the sample; their holidays must exist too.
    private const int DaysOfStepsAfterEnd = 200;

    private readonly DateOnly _first;
    private readonly double[] _season;

    public SampleCalendar(DateOnly first, DateOnly endExclusive)
    {
        _first = first;
        var holidays = new List<DateOnly>();
        for (var day = first; day < endExclusive.AddDays(DaysOfStepsAfterEnd); day = day.AddDays(1))
        {
            if (IsHoliday(day))
            {
                holidays.Add(day);
            }
        }

        Calendar = new BusinessCalendar(RiyadhTime.Zone, holidays);
        _season = new double[endExclusive.DayNumber - first.DayNumber];
        for (var i = 0; i < _season.Length; i++)
        {
            _season[i] = SeasonOf(first.AddDays(i));
        }
    }

    public BusinessCalendar Calendar { get; }

    public bool IsBusinessDay(DateOnly date) => Calendar.IsBusinessDay(date);

    /// <summary>Relative weight of office-hours arrivals on a date: none on weekends and holidays.</summary>
    public double OfficeWeight(DateOnly date) => IsBusinessDay(date) ? SeasonAt(date) : 0;

    /// <summary>Relative weight of any-hour arrivals (website, social media): fewer on days off, never none.</summary>
    public double AnytimeWeight(DateOnly date)
    {
        var weight = SeasonAt(date);
        if (BusinessCalendar.IsWeekend(date))
        {
            weight *= 0.7;
        }
        else if (!IsBusinessDay(date))
        {
            weight *= 0.5;
        }

        return weight;
    }

    private double SeasonAt(DateOnly date) => _season[date.DayNumber - _first.DayNumber];

    private static bool IsHoliday(DateOnly date)
    {
        if ((date.Month == 9 && date.Day == 23) || (date.Month == 2 && date.Day == 22))
        {
            return true;
        }

        var (_, month, day) = HijriDate.Parts(date);
        return (month == 10 && day <= 4) || (month == 12 && day is >= 10 and <= 13);
    }

    private static double SeasonOf(DateOnly date)
    {
        var (_, month, day) = HijriDate.Parts(date);
        var hijri = (month, day) switch
        {
            (8, >= 15) => 1.25,
            (9, <= 20) => 0.9,
            (9, _) => 0.6,
            (10, <= 7) => 0.35,
            (10, <= 15) => 1.15,
            (12, >= 5 and <= 15) => 0.45,
            _ => 1.0,
        };
        var gregorian = date.Month switch
        {
            5 => 1.12,
            6 => 1.15,
            7 => 0.95,
            8 => 0.85,
            _ => 1.0,
        };
        return hijri * gregorian;
    }
}
