using Tarmeem.Core.Time;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// <see cref="BusinessCalendar.BusinessDays"/> from local day numbers already converted, by prefix sums over
/// the years around the report; outside that table it asks the calendar itself, so the answer is the same.
/// </summary>
internal sealed class BusinessDayCounter
{
    private readonly BusinessCalendar _calendar;
    private readonly int _first;
    private readonly int[] _workingUpTo;

    /// <param name="first">First local day number of the table.</param>
    /// <param name="last">Last local day number of the table.</param>
    public BusinessDayCounter(BusinessCalendar calendar, int first, int last)
    {
        _calendar = calendar;
        _first = first;
        _workingUpTo = new int[Math.Max(0, last - first + 1)];
        var running = 0;
        for (var i = 0; i < _workingUpTo.Length; i++)
        {
            if (calendar.IsBusinessDay(DateOnly.FromDayNumber(first + i)))
            {
                running++;
            }

            _workingUpTo[i] = running;
        }
    }

    /// <summary>Working local dates after <paramref name="fromDay"/> up to and including <paramref name="toDay"/>; negative when reversed.</summary>
    public int Between(int fromDay, int toDay)
    {
        var a = fromDay - _first;
        var b = toDay - _first;
        if ((uint)a < (uint)_workingUpTo.Length && (uint)b < (uint)_workingUpTo.Length)
        {
            return _workingUpTo[b] - _workingUpTo[a];
        }

        return _calendar.BusinessDays(
            _calendar.StartOf(DateOnly.FromDayNumber(fromDay)),
            _calendar.StartOf(DateOnly.FromDayNumber(toDay)));
    }
}
