using Microsoft.Graph.Models;
using Tarmeem.Host.Graph;

namespace Tarmeem.Host.Tests.Graph;

public sealed class DateTimeTimeZoneReaderTests
{
    [Theory]
    [InlineData("2026-11-22T11:30:00.0000000", "Arab Standard Time", "2026-11-22T08:30:00+00:00")]
    [InlineData("2026-11-22T11:30:00.0000000", "Asia/Riyadh", "2026-11-22T08:30:00+00:00")]
    [InlineData("2026-11-22T11:30:00", "UTC", "2026-11-22T11:30:00+00:00")]
    [InlineData("2026-11-22T11:30:00", "", "2026-11-22T11:30:00+00:00")]
    [InlineData("2026-11-22T11:30:00", "Mars Standard Time", null)]
    [InlineData("not a time", "UTC", null)]
    public void Read_ZoneNamed_ReadAsThatZone(string dateTime, string zone, string? expected)
    {
        var read = DateTimeTimeZoneReader.Read(new DateTimeTimeZone { DateTime = dateTime, TimeZone = zone });

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), read);
    }
}
