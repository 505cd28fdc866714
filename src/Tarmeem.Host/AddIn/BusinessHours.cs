using Tarmeem.Core.Time;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// Hours elapsed on business days only (Riyadh dates, Friday–Saturday and configured holidays left out): a mail that
/// arrives on Thursday evening and is answered on Sunday morning waited a few hours, not three days.
/// </summary>
internal static class BusinessHours
{
    public static double Between(BusinessCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return 0;
        }

        var total = TimeSpan.Zero;
        for (var date = calendar.LocalDate(from); date <= calendar.LocalDate(to); date = date.AddDays(1))
        {
            if (!calendar.IsBusinessDay(date))
            {
                continue;
            }

            var dayStart = calendar.StartOf(date);
            var dayEnd = calendar.StartOf(date.AddDays(1));
            var start = from > dayStart ? from : dayStart;
            var end = to < dayEnd ? to : dayEnd;
            if (end > start)
            {
                total += end - start;
            }
        }

        return total.TotalHours;
    }
}
