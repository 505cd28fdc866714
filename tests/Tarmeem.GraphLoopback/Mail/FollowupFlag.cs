using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>
/// A message's <c>flag</c> (followupFlag) and <c>categories</c> as Outlook keeps them: flagStatus notFlagged, flagged
/// or complete; start, due and completed times as dateTimeTimeZone objects; categories a list of names.
/// </summary>
internal static class FollowupFlag
{
    private static readonly string[] Statuses = ["notFlagged", "flagged", "complete"];
    private static readonly string[] DateKeys = ["startDateTime", "dueDateTime", "completedDateTime"];

    public static JsonObject NotFlagged() => new() { ["flagStatus"] = "notFlagged" };

    /// <summary>{"dateTime":"2026-10-05T09:00:00.0000000","timeZone":"UTC"}, as Graph writes it by default.</summary>
    public static JsonObject DateTimeTimeZone(DateTimeOffset at) => new()
    {
        ["dateTime"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        ["timeZone"] = "UTC",
    };

    /// <summary>
    /// The flag a PATCH leaves, or why it is refused. Marking complete without a time stamps it now; clearing a
    /// flag drops its times, as Exchange does.
    /// </summary>
    public static (JsonObject? Flag, string? Error) Apply(JsonNode? requested, DateTimeOffset now)
    {
        if (requested is not JsonObject given)
        {
            return (null, "The 'flag' property must be a followupFlag object.");
        }

        var status = MailRequest.Text(given, "flagStatus");
        if (status is null || !Statuses.Contains(status, StringComparer.OrdinalIgnoreCase))
        {
            return (null, $"Invalid flagStatus '{status}': expected notFlagged, flagged or complete.");
        }

        status = Statuses.First(s => s.Equals(status, StringComparison.OrdinalIgnoreCase));
        var flag = new JsonObject { ["flagStatus"] = status };
        if (status == "notFlagged")
        {
            return (flag, null);
        }

        foreach (var key in DateKeys)
        {
            if (MailRequest.Property(given, key) is { } value)
            {
                if (value is not JsonObject zoned || MailRequest.Text(zoned, "dateTime") is null || MailRequest.Text(zoned, "timeZone") is null)
                {
                    return (null, $"'{key}' must be a dateTimeTimeZone object with dateTime and timeZone.");
                }

                flag[key] = zoned.DeepClone();
            }
        }

        if (status == "complete")
        {
            flag["completedDateTime"] ??= DateTimeTimeZone(now);
        }
        else
        {
            flag.Remove("completedDateTime");
        }

        return (flag, null);
    }

    /// <summary>Categories are a list of names; anything else is refused.</summary>
    public static string? CategoriesError(JsonNode? requested) =>
        requested is JsonArray names && names.All(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            ? null
            : "The 'categories' property must be an array of strings.";
}
