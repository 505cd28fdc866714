using Tarmeem.Host.Reports;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Section <c>Tarmeem:Schedule</c>: when <c>tarmeem serve</c> runs each job. Cron expressions in Quartz's form
/// (seconds first: <c>sec min hour day-of-month month day-of-week</c>), read in <see cref="TimeZone"/>. An empty
/// expression switches the job off.
/// </summary>
internal sealed class ScheduleOptions
{
    public const string Section = "Tarmeem:Schedule";

    /// <summary>The zone the expressions are read in (IANA or Windows id).</summary>
    public string TimeZone { get; set; } = "Asia/Riyadh";

    /// <summary>Pull the lists and the mailbox: every 15 minutes.</summary>
    public string Sync { get; set; } = "0 0/15 * * * ?";

    /// <summary>Send the due survey invitations and reminders: every 15 minutes inside the default send window (Sunday–Thursday, 09:00–19:45); the sender itself never sends outside <c>Tarmeem:Surveys</c>'s window.</summary>
    public string SurveyDispatch { get; set; } = "0 0/15 9-19 ? * SUN-THU";

    /// <summary>The management report for the previous month: the 1st at 08:00.</summary>
    public string MonthlyReport { get; set; } = "0 0 8 1 * ?";

    /// <summary>The board report for the previous quarter: 1 January, April, July and October at 08:30.</summary>
    public string QuarterlyReport { get; set; } = "0 30 8 1 1,4,7,10 ?";

    /// <summary>The board report for the previous year: 1 January at 09:00.</summary>
    public string AnnualReport { get; set; } = "0 0 9 1 1 ?";

    /// <summary>Remove personal data past its retention period: daily at 02:30.</summary>
    public string Retention { get; set; } = "0 30 2 * * ?";

    /// <summary>Remind the reviewers of drafts not approved within <c>Tarmeem:Delivery:ReviewReminderAfter</c> (once each): daily at 09:00.</summary>
    public string ReviewReminders { get; set; } = "0 0 9 * * ?";

    /// <summary>
    /// The morning alert: not read from this section but set from <c>Tarmeem:Alerts</c> (its Schedule when Enabled,
    /// else empty, which switches the job off).
    /// </summary>
    public string MorningAlert { get; set; } = string.Empty;

    /// <summary>What the scheduled reports are written as before delivery.</summary>
    public ReportFormat ReportFormats { get; set; } = ReportFormat.Xlsx | ReportFormat.Docx;

    /// <summary>The scheduler's own SQLite file, relative to <c>Tarmeem:Data:Directory</c> unless absolute.</summary>
    public string QuartzDatabase { get; set; } = "quartz.db";

    /// <summary>A run later than this after its time counts as missed; a missed run fires once when the service is back.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// This process's name in the cluster (Quartz's instance id, <c>job_runs.node</c>, the holder of a job lock); unique per
    /// running process. Empty: the host name and the process id, which a restart changes.
    /// </summary>
    public string NodeId { get; set; } = string.Empty;

    /// <summary>How the nodes of a cluster (provider PostgreSql) watch one another; unused on SQLite.</summary>
    public ClusterOptions Cluster { get; set; } = new();

    /// <summary>The address of <c>/health</c> and the survey page in <c>tarmeem serve</c>.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// Reverse proxies (addresses or networks such as <c>10.0.0.0/24</c>) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> are believed; empty: none, the connection's address is the client.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];
}
