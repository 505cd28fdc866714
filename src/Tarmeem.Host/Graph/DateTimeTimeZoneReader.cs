using System.Globalization;
using Microsoft.Graph.Models;

namespace Tarmeem.Host.Graph;

/// <summary>
/// Reads Graph's dateTimeTimeZone (a local date-time and a zone name, Windows or IANA) as an instant. Graph writes UTC
/// unless asked otherwise, but a zone it names is honoured; an unreadable one gives null rather than a wrong instant.
/// </summary>
internal static class DateTimeTimeZoneReader
{
    public static DateTimeOffset? Read(DateTimeTimeZone? value)
    {
        if (value?.DateTime is not { } text
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            return null;
        }

        var zoneName = string.IsNullOrWhiteSpace(value.TimeZone) ? "UTC" : value.TimeZone.Trim();
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(zoneName);
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }

        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
