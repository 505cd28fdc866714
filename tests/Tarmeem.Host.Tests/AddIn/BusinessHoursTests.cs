using Tarmeem.Core.Time;
using Tarmeem.Host.AddIn;

namespace Tarmeem.Host.Tests.AddIn;

public sealed class BusinessHoursTests
{
    // Riyadh is UTC+3 all year: Thursday 19 November 2026 14:00 local is 11:00 UTC.
    private static readonly DateTimeOffset ThursdayAfternoon = new(2026, 11, 19, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Between_ThursdayAfternoonToSundayMorning_WeekendLeftOut()
    {
        var hours = BusinessHours.Between(BusinessCalendar.Default, ThursdayAfternoon, new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero));

        Assert.Equal(20, hours, 6);
    }

    [Fact]
    public void Between_SundayIsAHoliday_AnswerOnMondayCountsTheSame()
    {
        var calendar = new BusinessCalendar(RiyadhTime.Zone, [new DateOnly(2026, 11, 22)]);

        var hours = BusinessHours.Between(calendar, ThursdayAfternoon, new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero));

        Assert.Equal(20, hours, 6);
    }

    [Fact]
    public void Between_SameDayOrEarlier_HoursOrZero()
    {
        Assert.Equal(2.5, BusinessHours.Between(BusinessCalendar.Default, ThursdayAfternoon, ThursdayAfternoon.AddHours(2.5)), 6);
        Assert.Equal(0, BusinessHours.Between(BusinessCalendar.Default, ThursdayAfternoon, ThursdayAfternoon.AddHours(-1)));
    }
}
