using Tarmeem.Core.Time;
using Tarmeem.Reporting.Metrics;

namespace Tarmeem.Reporting.Tests.Metrics;

public sealed class LocalDayConverterTests
{
    [Theory]
    [InlineData("Asia/Riyadh")]
    [InlineData("Europe/London")]
    [InlineData("Asia/Kolkata")]
    [InlineData("America/St_Johns")]
    public void DayOf_EveryQuarterHourForTwoYears_AgreesWithCalendar(string zoneId)
    {
        var calendar = new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById(zoneId), []);
        var converter = new LocalDayConverter(calendar);
        var instant = new DateTimeOffset(2025, 1, 1, 0, 7, 0, TimeSpan.Zero);
        var end = instant.AddYears(2);
        for (; instant < end; instant = instant.AddMinutes(15))
        {
            Assert.Equal(calendar.LocalDate(instant).DayNumber, converter.DayOf(instant));
        }
    }

    [Fact]
    public void DayOf_OffsetOfTheInstantIgnored_SameInstantSameDay()
    {
        var calendar = BusinessCalendar.Default;
        var converter = new LocalDayConverter(calendar);

        // 2026-09-30T22:30Z is 2026-10-01 01:30 in Riyadh whichever offset it was written with.
        var utc = new DateTimeOffset(2026, 9, 30, 22, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 10, 1).DayNumber, converter.DayOf(utc));
        Assert.Equal(new DateOnly(2026, 10, 1).DayNumber, converter.DayOf(utc.ToOffset(TimeSpan.FromHours(-5))));
    }
}
