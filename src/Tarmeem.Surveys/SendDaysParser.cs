namespace Tarmeem.Surveys;

/// <summary>Reads <see cref="SurveyOptions.SendDays"/>: comma-separated English day names.</summary>
public static class SendDaysParser
{
    public static bool TryParse(string? text, out IReadOnlySet<DayOfWeek> days, out string error)
    {
        var set = new HashSet<DayOfWeek>();
        days = set;
        error = "";
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<DayOfWeek>(part, ignoreCase: true, out var day) || !Enum.IsDefined(day) || int.TryParse(part, out _))
            {
                error = $"'{part}' is not a day name: use English names such as Sunday,Monday,Tuesday,Wednesday,Thursday.";
                return false;
            }

            set.Add(day);
        }

        if (set.Count == 0)
        {
            error = "no sending day is given: list at least one, e.g. Sunday,Monday,Tuesday,Wednesday,Thursday.";
            return false;
        }

        return true;
    }

    public static IReadOnlySet<DayOfWeek> Parse(string? text) =>
        TryParse(text, out var days, out var error) ? days : throw new ArgumentException($"{SurveyOptions.Section}:SendDays: {error}", nameof(text));
}
