namespace Tarmeem.Surveys;

/// <summary>
/// Section <c>Tarmeem:Surveys</c>: who is asked, when, and how fast mail goes out. The defaults are the policy's
/// practice; <see cref="SurveyOptionsValidator"/> checks them at start and names the key to fix.
/// </summary>
public sealed class SurveyOptions
{
    public const string Section = "Tarmeem:Surveys";

    /// <summary>How long after the inquiry is resolved or the case delivered (or rejected) the survey goes out.</summary>
    public TimeSpan DelayAfterEvent { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Local (Asia/Riyadh) time the sending window opens each sending day.</summary>
    public TimeOnly WindowStart { get; set; } = new(9, 0);

    /// <summary>Local time it closes (exclusive).</summary>
    public TimeOnly WindowEnd { get; set; } = new(20, 0);

    /// <summary>Sending days, comma-separated English day names.</summary>
    public string SendDays { get; set; } = "Sunday,Monday,Tuesday,Wednesday,Thursday";

    /// <summary>Send nothing on the holidays of <c>Tarmeem:Calendar:Holidays</c>.</summary>
    public bool SkipHolidays { get; set; } = true;

    /// <summary>Rejected cases are surveyed too (the rejection is a service outcome the policy wants judged).</summary>
    public bool SurveyRejectedCases { get; set; } = true;

    /// <summary>At most one survey per person (e-mail address) within this interval.</summary>
    public TimeSpan PerContactInterval { get; set; } = TimeSpan.FromDays(30);

    /// <summary>One reminder to those who have not answered, this long after the invitation went out.</summary>
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// An invitation's links open for this long from when its message is sent; one not sent this long after it was
    /// decided is not sent at all.
    /// </summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Events older than this are not surveyed (switching surveys on does not mail the backlog).</summary>
    public TimeSpan MaxEventAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Exchange Online allows 30 messages a minute per mailbox.</summary>
    public int MaxPerMinute { get; set; } = 30;

    /// <summary>Messages a day; spread evenly over the sending window.</summary>
    public int DailyCap { get; set; } = 500;

    /// <summary>After this many bounces, no more mail to that address.</summary>
    public int BounceLimit { get; set; } = 2;

    /// <summary>After a failure that may or may not have sent, the wait before the mailbox is searched and the row retried.</summary>
    public TimeSpan AmbiguousRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The survey page's public root, e.g. <c>https://survey.tarmeem.org.sa</c>; links are <c>{root}/s/{token}</c>.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The mailbox (user principal name or id) that sends the surveys and receives the replies.</summary>
    public string Mailbox { get; set; } = "";

    /// <summary>Folder of survey-email.html, survey-email.txt and survey-page.html; empty for the shipped ones.</summary>
    public string TemplatesDirectory { get; set; } = "";

    /// <summary>Unknown or expired links one address may try per minute before it is refused.</summary>
    public int FailedLookupsPerMinute { get; set; } = 10;
}
