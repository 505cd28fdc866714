using Tarmeem.Core.Domain;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Metrics;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Tests.Metrics;

/// <summary>
/// A tiny hand-made dataset. Times are written in Riyadh local time (+03:00) unless marked Z. The report
/// period is October 2026 (previous: September 2026; last year: October 2025); the standard is 14 days and
/// Tuesday 2026-10-06 is a configured holiday. Weekdays: Oct 1 Thu, Oct 4 Sun, Oct 8 Thu, Oct 12 Mon,
/// Oct 15 Thu, Oct 18 Sun, Oct 20 Tue, Oct 22 Thu, Oct 25 Sun, Oct 27 Tue, Oct 31 Sat.
///
/// Cases received in October (by local date): C01 C02 C04 C05 C06 C07 C08 C09 = 8.
/// C03 (2026-09-30T20:30Z = Sep 30 23:30 local) and C11 are September's; C12 is October 2025's; C10 has no receipt.
///
/// Decided in October (calendar days, business days after receipt date up to decision date, holiday Oct 6 skipped):
///   C07 3.0 d / 1 bd (Thu→Sun: Fri, Sat off, Sun)      C01 4.0 d / 3 bd (Sun→Thu: Mon, [Tue holiday], Wed, Thu)
///   C02 14.0 d / 9 bd                                   C06 14.0 d / 10 bd
///   C03 20.0 d / 13 bd                                  C08 26.0 d / 17 bd
///   sorted days 3 4 14 14 20 26: median (rank 2.5) = 14; p90 (rank 4.5) = 20 + 0.5·6 = 23; within ≤14: 4/6.
///   sorted business days 1 3 9 10 13 17: median = 9.5; p90 = 13 + 0.5·4 = 15.
///   buckets 0–3:1 (C07), 4–7:1 (C01), 8–14:2 (C02, C06), 15–21:1 (C03), 22–28:1 (C08), 29+:0.
/// Registration in October: C01 7 d, C06 17 d → median 12, p90 7 + 0.9·10 = 16.
/// Delivery in October: C01 16 d, C06 21 d → median 18.5.
///
/// Open at the end of October (closed = rejected or delivered by Oct 31; age to Nov 1 00:00 local, started days):
///   C03 accepted Oct 20, not delivered: after Decision, 31 d 0.5 h → 32 → over 30.
///   C04 undecided, submitted Oct 14: after SubmittedToCommittee, 19 d 14 h → 20 → 15–30, past standard.
///   C05 undecided, nothing after receipt: after Received, 11 d 14 h → 12 → 8–14.
///   C09 undecided, data verified (out of order) Oct 24: after DataVerified, 6 d 15 h → 7 → up to 7.
///   → open 4, open past standard 1 (C04, age 20).
///
/// Process (cases received in October): referred C01, C08 → 2/8; incomplete C07, C08 → 2/8;
///   decided by Oct 31: accepted C01, C06; rejected C02, C07, C08 → acceptance 2/5.
///
/// Inquiries received in October: I01 I02 I03 I04 I05 I06 I07 I09 = 8 (I09 at 2026-09-30T21:30Z = Oct 1 00:30 local;
///   I10 at 20:59Z = Sep 30 23:59 local is September's). First responses (hours): I01 0.5, I09 2, I02 3, I03 24,
///   I04 72 (Thu→Sun: 1 business day), I05 96; I06 unanswered; I07 answered before receipt (excluded, a finding).
///   median (rank 2.5) = 3 + 0.5·21 = 13.5 h; buckets 0–1:1, 2–4:2, 5–24:1, 25–72:1, 73+:1.
///   Phone first responses 0.5, 2, 3 → median 2 h.
///
/// Channels (cases + inquiries): InPerson 1+1, Phone 1+3, SocialMedia 1+1, Letter 1+0, AssistanceRequest 1+0,
///   Volunteering 0, Website 2+2, BranchRepresentative 0, Unspecified 1+1 → 16; Phone share 4/16.
///   Phone by branch: Makkah 2 (I01, I09), Jeddah 2 (C02, I02). Phone previous (Sept) 2 (C03, I10), last year 1 (I11).
///   Phone decisions in October: C02 within, C03 not → 0.5.
///
/// Surveys sent in October: V1 V2 V3 V4 V5 (V5 at 2026-09-30T21:30Z = Oct 1 local); V6 is September's; V7 never sent.
///   Answers kept (V3 has two; the later, overall 2, counts): V1 5, V2 4, V3 2, V5 3 → rate 4/5, CSAT 2/4, mean 3.5.
///   Ease: 4, 5 → mean 4.5, CSAT 1. Courtesy: 5. Clarity: none. Speed: 3, 1 → mean 2, CSAT 0.
///   Comments newest first: V1 (Oct 22), V2 (Oct 5), V5 (Oct 1).
/// </summary>
internal static class MetricsTestData
{
    public static readonly DateOnly Holiday = new(2026, 10, 6);

    public static ReportPeriod October => ReportPeriod.Month(2026, 10);

    public static DateTimeOffset GeneratedAt { get; } = new(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);

    public static BusinessCalendar Calendar { get; } = new(Core.Time.RiyadhTime.Zone, [Holiday]);

    public static QualityReport ComputeOctober(int standardDays = 14) =>
        new QualityMetricsCalculator(new MetricsOptions { DecisionStandardDays = standardDays }, Calendar)
            .Compute(Records(), October, GeneratedAt);

    /// <summary>Riyadh local time.</summary>
    public static DateTimeOffset L(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(3));

    public static DateTimeOffset Z(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public static ServiceRecords Records() => new()
    {
        Cases = Cases(),
        Inquiries = Inquiries(),
        Invitations = Invitations(),
        Responses = Responses(),
        Quarantined =
        [
            new QuarantinedRecord
            {
                Source = "cases", SourceId = "17", Reason = "column 'Received' is not a date", Problem = QuarantineProblem.NotADate, Field = "Received", SeenAt = L(2026, 10, 3, 8),
            },
            new QuarantinedRecord { Source = "inquiries", SourceId = "42", Reason = "the item became no record", SeenAt = L(2026, 10, 9, 8) },
        ],
    };

    private static SupportCase[] Cases() =>
    [
        new SupportCase
        {
            CaseNumber = "C01", Channel = Channel.InPerson, Branch = Branch.Makkah,
            Received = L(2026, 10, 4, 9), DataVerified = L(2026, 10, 4, 11), ReferredToResearcher = L(2026, 10, 5, 9),
            DecisionAt = L(2026, 10, 8, 9), Decision = CaseDecision.Accepted,
            RegistrationCompleted = L(2026, 10, 11, 9), ServiceDelivered = L(2026, 10, 20, 9),
        },
        new SupportCase
        {
            CaseNumber = "C02", Channel = Channel.Phone, Branch = Branch.Jeddah,
            Received = Z(2026, 9, 30, 22, 30), DecisionAt = Z(2026, 10, 14, 22, 30), Decision = CaseDecision.Rejected,
        },
        new SupportCase
        {
            CaseNumber = "C03", Channel = Channel.Phone, Branch = Branch.Jeddah,
            Received = Z(2026, 9, 30, 20, 30), DecisionAt = L(2026, 10, 20, 23, 30), Decision = CaseDecision.Accepted,
        },
        new SupportCase
        {
            CaseNumber = "C04", Channel = Channel.Website, Branch = Branch.Taif,
            Received = L(2026, 10, 12, 10), DataVerified = L(2026, 10, 13, 10), SubmittedToCommittee = L(2026, 10, 14, 10),
        },
        new SupportCase { CaseNumber = "C05", Channel = Channel.Website, Branch = Branch.Taif, Received = L(2026, 10, 20, 10) },
        new SupportCase
        {
            CaseNumber = "C06", Channel = Channel.SocialMedia, Branch = Branch.Makkah,
            Received = L(2026, 10, 8, 12), DecisionAt = L(2026, 10, 22, 12), Decision = CaseDecision.Accepted,
            RegistrationCompleted = L(2026, 10, 25, 12), ServiceDelivered = L(2026, 10, 29, 12),
        },
        new SupportCase
        {
            CaseNumber = "C07", Channel = Channel.Letter, Branch = Branch.AlLith, IncompleteApplication = true,
            Received = L(2026, 10, 15, 9), DecisionAt = L(2026, 10, 18, 9), Decision = CaseDecision.Rejected,
        },
        new SupportCase
        {
            CaseNumber = "C08", Channel = Channel.AssistanceRequest, Branch = Branch.AlQunfudhah, IncompleteApplication = true,
            Received = L(2026, 10, 1, 9), ReferredToResearcher = L(2026, 10, 3, 9),
            DecisionAt = L(2026, 10, 27, 9), Decision = CaseDecision.Rejected,
        },
        new SupportCase
        {
            CaseNumber = "C09", Channel = Channel.Unspecified, RawChannel = "واتساب", Branch = Branch.Unspecified,
            Received = L(2026, 10, 25, 9), DataVerified = L(2026, 10, 24, 9),
        },
        new SupportCase { CaseNumber = "C10", Channel = Channel.Phone, Branch = Branch.Makkah, DecisionAt = L(2026, 10, 10, 9), Decision = CaseDecision.Accepted },
        new SupportCase
        {
            CaseNumber = "C11", Channel = Channel.Volunteering, Branch = Branch.Makkah,
            Received = L(2026, 9, 10, 9), DecisionAt = L(2026, 9, 20, 9), Decision = CaseDecision.Accepted,
            ServiceDelivered = L(2026, 9, 28, 9),
        },
        new SupportCase
        {
            CaseNumber = "C12", Channel = Channel.BranchRepresentative, Branch = Branch.Jeddah,
            Received = L(2025, 10, 5, 9), DecisionAt = L(2025, 10, 12, 9), Decision = CaseDecision.Accepted,
            ServiceDelivered = L(2025, 10, 30, 9),
        },
    ];

    private static Inquiry[] Inquiries() =>
    [
        new Inquiry { Id = "I01", Channel = Channel.Phone, Branch = Branch.Makkah, Received = L(2026, 10, 4, 9), FirstResponse = L(2026, 10, 4, 9, 30) },
        new Inquiry { Id = "I02", Channel = Channel.Phone, Branch = Branch.Jeddah, Received = L(2026, 10, 4, 10), FirstResponse = L(2026, 10, 4, 13) },
        new Inquiry { Id = "I03", Channel = Channel.Website, Branch = Branch.Makkah, Received = L(2026, 10, 7, 9), FirstResponse = L(2026, 10, 8, 9) },
        new Inquiry { Id = "I04", Channel = Channel.Website, Branch = Branch.Taif, Received = L(2026, 10, 8, 15), FirstResponse = L(2026, 10, 11, 15) },
        new Inquiry { Id = "I05", Channel = Channel.SocialMedia, Branch = Branch.Makkah, Received = L(2026, 10, 12, 9), FirstResponse = L(2026, 10, 16, 9) },
        new Inquiry { Id = "I06", Channel = Channel.InPerson, Branch = Branch.Unspecified, Received = L(2026, 10, 14, 9) },
        new Inquiry { Id = "I07", Channel = Channel.Unspecified, RawChannel = "فاكس", Branch = Branch.Jeddah, Received = L(2026, 10, 20, 9), FirstResponse = L(2026, 10, 20, 8) },
        new Inquiry { Id = "I08", Channel = Channel.Phone, Branch = Branch.Makkah },
        new Inquiry { Id = "I09", Channel = Channel.Phone, Branch = Branch.Makkah, Received = Z(2026, 9, 30, 21, 30), FirstResponse = Z(2026, 9, 30, 23, 30) },
        new Inquiry { Id = "I10", Channel = Channel.Phone, Branch = Branch.Makkah, Received = Z(2026, 9, 30, 20, 59), FirstResponse = Z(2026, 9, 30, 21, 59) },
        new Inquiry { Id = "I11", Channel = Channel.Phone, Branch = Branch.Makkah, Received = L(2025, 10, 10, 9), FirstResponse = L(2025, 10, 10, 14) },
    ];

    private static SurveyInvitation[] Invitations() =>
    [
        Invitation("V1", SurveySubjectKind.Case, "C01", Channel.InPerson, L(2026, 10, 21, 9)),
        Invitation("V2", SurveySubjectKind.Inquiry, "I01", Channel.Phone, L(2026, 10, 5, 9)),
        Invitation("V3", SurveySubjectKind.Inquiry, "I02", Channel.Phone, L(2026, 10, 6, 9)),
        Invitation("V4", SurveySubjectKind.Case, "C06", Channel.SocialMedia, L(2026, 10, 30, 9)),
        Invitation("V5", SurveySubjectKind.Inquiry, "I03", Channel.Website, Z(2026, 9, 30, 21, 30)),
        Invitation("V6", SurveySubjectKind.Case, "C11", Channel.Volunteering, L(2026, 9, 29, 9)),
        Invitation("V7", SurveySubjectKind.Case, "C02", Channel.Phone, null),
    ];

    private static SurveyResponse[] Responses() =>
    [
        new SurveyResponse
        {
            InvitationId = "V1", AnsweredAt = L(2026, 10, 22, 10), Overall = 5, EaseOfProcedures = 4, Courtesy = 5, Speed = 3,
            Comment = "شكراً، تواصلوا معي على 0551234567",
        },
        new SurveyResponse { InvitationId = "V2", AnsweredAt = L(2026, 10, 5, 12), Overall = 4, EaseOfProcedures = 5, Comment = "  الخدمة ممتازة  " },
        new SurveyResponse { InvitationId = "V3", AnsweredAt = L(2026, 10, 6, 10), Overall = 1, Comment = "أول رد" },
        new SurveyResponse { InvitationId = "V3", AnsweredAt = L(2026, 10, 7, 9), Overall = 2, Speed = 1 },
        new SurveyResponse { InvitationId = "V5", AnsweredAt = L(2026, 10, 1, 10), Overall = 3, Comment = "<b>=SUM(A1)</b> بريدي a.b@example.com" },
        new SurveyResponse { InvitationId = "V6", AnsweredAt = L(2026, 9, 30, 9), Overall = 5 },
        new SurveyResponse { InvitationId = "V-unknown", AnsweredAt = L(2026, 10, 9, 9), Overall = 1 },
    ];

    private static SurveyInvitation Invitation(string id, SurveySubjectKind kind, string subject, Channel channel, DateTimeOffset? sentAt) => new()
    {
        Id = id,
        SubjectKind = kind,
        SubjectId = subject,
        Channel = channel,
        Branch = Branch.Makkah,
        CreatedAt = sentAt ?? L(2026, 10, 30, 9),
        SentAt = sentAt,
        ExpiresAt = (sentAt ?? L(2026, 10, 30, 9)).AddDays(14),
        Status = InvitationStatus.Sent,
    };
}
