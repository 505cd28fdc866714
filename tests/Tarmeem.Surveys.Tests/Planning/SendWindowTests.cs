using Tarmeem.Core.Time;
using Tarmeem.Surveys.Planning;
using Tarmeem.Surveys.Tests.Support;

namespace Tarmeem.Surveys.Tests.Planning;

public sealed class SendWindowTests
{
    [Fact]
    public void NextOpening_ThursdayEvening_IsSundayNine()
    {
        var window = Riyadh.Window();

        Assert.Equal(Riyadh.At(11, 29, 9), window.NextOpening(Riyadh.At(11, 26, 20)));
        Assert.Equal(Riyadh.At(11, 24, 9), window.NextOpening(Riyadh.At(11, 24, 3)));
        Assert.Equal(Riyadh.At(11, 24, 13), window.NextOpening(Riyadh.At(11, 24, 13)));
    }

    [Fact]
    public void IsOpen_OnAHoliday_Closed_UnlessHolidaysAreNotSkipped()
    {
        var calendar = new BusinessCalendar(RiyadhTime.Zone, [new DateOnly(2026, 11, 24)]);
        var options = Riyadh.Options();

        var skipping = new SendWindow(options, calendar);
        options.SkipHolidays = false;
        var notSkipping = new SendWindow(options, calendar);

        Assert.False(skipping.IsOpen(Riyadh.At(11, 24, 10)));
        Assert.Equal(Riyadh.At(11, 25, 9), skipping.NextOpening(Riyadh.At(11, 24, 10)));
        Assert.True(notSkipping.IsOpen(Riyadh.At(11, 24, 10)));
    }

    [Fact]
    public void IsOpen_UtcInstant_JudgedInRiyadhTime()
    {
        var window = Riyadh.Window();

        Assert.True(window.IsOpen(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero)));
        Assert.False(window.IsOpen(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero)));
    }
}
