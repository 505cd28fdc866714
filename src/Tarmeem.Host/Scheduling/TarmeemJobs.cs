namespace Tarmeem.Host.Scheduling;

/// <summary>Every job <c>tarmeem serve</c> schedules. Names are stored: never rename one.</summary>
public static class TarmeemJobs
{
    public const string Group = "tarmeem";

    public static TarmeemJob Sync { get; } = new("sync", typeof(SyncJob), nameof(ScheduleOptions.Sync), o => o.Sync, "Pull the lists and the mailbox");

    public static TarmeemJob SurveyDispatch { get; } = new(
        "survey-dispatch", typeof(SurveyDispatchJob), nameof(ScheduleOptions.SurveyDispatch), o => o.SurveyDispatch, "Send due survey invitations and reminders");

    public static TarmeemJob MonthlyReport { get; } = new(
        "report-monthly", typeof(MonthlyReportJob), nameof(ScheduleOptions.MonthlyReport), o => o.MonthlyReport, "Management report for the previous month");

    public static TarmeemJob QuarterlyReport { get; } = new(
        "report-quarterly", typeof(QuarterlyReportJob), nameof(ScheduleOptions.QuarterlyReport), o => o.QuarterlyReport, "Board report for the previous quarter");

    public static TarmeemJob AnnualReport { get; } = new(
        "report-annual", typeof(AnnualReportJob), nameof(ScheduleOptions.AnnualReport), o => o.AnnualReport, "Board report for the previous year");

    public static TarmeemJob Retention { get; } = new(
        "retention", typeof(RetentionJob), nameof(ScheduleOptions.Retention), o => o.Retention, "Remove personal data past its retention period");

    public static TarmeemJob ReviewReminders { get; } = new(
        "review-reminders", typeof(ReviewReminderJob), nameof(ScheduleOptions.ReviewReminders), o => o.ReviewReminders, "Remind the reviewers of drafts not approved in time");

    public static IReadOnlyList<TarmeemJob> All { get; } = [Sync, SurveyDispatch, MonthlyReport, QuarterlyReport, AnnualReport, Retention, ReviewReminders];
}
