using Tarmeem.Core.Time;
using Tarmeem.Surveys;
using Tarmeem.Surveys.Planning;

namespace Tarmeem.Surveys.Tests.Support;

/// <summary>Fixed instants in Riyadh time (UTC+3) and the default rules. 22 November 2026 is a Sunday.</summary>
internal static class Riyadh
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(3);

    public static DateTimeOffset At(int month, int day, int hour, int minute = 0, int year = 2026) => new(year, month, day, hour, minute, 0, Offset);

    public static SurveyOptions Options() => new() { PublicBaseUrl = "https://survey.example.org", Mailbox = "relations@example.org" };

    public static SendWindow Window(SurveyOptions? options = null) => new(options ?? Options(), BusinessCalendar.Default);

    public static SurveyPlanner Planner(SurveyOptions? options = null)
    {
        options ??= Options();
        return new SurveyPlanner(options, Window(options));
    }
}
