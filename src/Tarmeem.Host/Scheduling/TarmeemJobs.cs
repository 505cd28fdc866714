using Tarmeem.Host.Scheduling.Locks;

namespace Tarmeem.Host.Scheduling;

/// <summary>Every job <c>tarmeem serve</c> schedules. Names are stored: never rename one.</summary>
internal static class TarmeemJobs
{
    public const string Group = "tarmeem";

    public static TarmeemJob Sync { get; } = new("sync", typeof(SyncJob), nameof(ScheduleOptions.Sync), o => o.Sync, "Pull the lists and the mailbox", JobLocks.Sync);

    public static TarmeemJob SurveyDispatch { get; } = new(
        "survey-dispatch", typeof(SurveyDispatchJob), nameof(ScheduleOptions.SurveyDispatch), o => o.SurveyDispatch, "Send due survey invitations and reminders", JobLocks.SurveySend);

    public static TarmeemJob MonthlyReport { get; } = new(
        "report-monthly", typeof(MonthlyReportJob), nameof(ScheduleOptions.MonthlyReport), o => o.MonthlyReport, "Management report for the previous month", JobLocks.ReportDelivery);

    public static TarmeemJob QuarterlyReport { get; } = new(
        "report-quarterly", typeof(QuarterlyReportJob), nameof(ScheduleOptions.QuarterlyReport), o => o.QuarterlyReport, "Board report for the previous quarter", JobLocks.ReportDelivery);

    public static TarmeemJob AnnualReport { get; } = new(
        "report-annual", typeof(AnnualReportJob), nameof(ScheduleOptions.AnnualReport), o => o.AnnualReport, "Board report for the previous year", JobLocks.ReportDelivery);

    public static TarmeemJob Retention { get; } = new(
        "retention", typeof(RetentionJob), nameof(ScheduleOptions.Retention), o => o.Retention, "Remove personal data past its retention period");

    public static TarmeemJob ReviewReminders { get; } = new(
        "review-reminders", typeof(ReviewReminderJob), nameof(ScheduleOptions.ReviewReminders), o => o.ReviewReminders, "Remind the reviewers of drafts not approved in time", JobLocks.ReportDelivery);

    public static TarmeemJob MorningAlert { get; } = new(
        "morning-alert", typeof(MorningAlertJob), nameof(ScheduleOptions.MorningAlert), o => o.MorningAlert, "Alert each branch to cases nearing the decision standard");

    public static IReadOnlyList<TarmeemJob> All { get; } = [Sync, SurveyDispatch, MonthlyReport, QuarterlyReport, AnnualReport, Retention, ReviewReminders, MorningAlert];
}
