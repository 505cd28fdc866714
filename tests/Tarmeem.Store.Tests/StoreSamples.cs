using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Tests;

/// <summary>Hand-made records with every field set (in Riyadh's +03:00, to the millisecond) or every optional one empty.</summary>
internal static class StoreSamples
{
    public static readonly TimeSpan Riyadh = TimeSpan.FromHours(3);

    public static DateTimeOffset At(int month, int day, int hour = 9, int millisecond = 0) =>
        new(2026, month, day, hour, 15, 30, millisecond, Riyadh);

    public static SupportCase FullCase(string caseNumber) => new()
    {
        CaseNumber = caseNumber,
        Channel = Channel.BranchRepresentative,
        RawChannel = "مندوب فرع الليث",
        Branch = Branch.AlLith,
        ServiceType = ServiceType.Accessibility,
        Received = At(3, 1, 8, 1),
        DataVerified = At(3, 2, 9, 2),
        ReferredToResearcher = At(3, 3, 10, 3),
        Attested = At(3, 4, 11, 4),
        SubmittedToCommittee = At(3, 5, 12, 5),
        DecisionAt = At(3, 15, 13, 6),
        Decision = CaseDecision.Accepted,
        RegistrationCompleted = At(3, 20, 14, 7),
        ServiceDelivered = At(4, 2, 15, 8),
        IncompleteApplication = true,
    };

    public static SupportCase EmptyCase(string caseNumber) => new()
    {
        CaseNumber = caseNumber,
        Channel = Channel.Unspecified,
        Branch = Branch.Unspecified,
    };

    public static Inquiry FullInquiry(string id) => new()
    {
        Id = id,
        Channel = Channel.SocialMedia,
        RawChannel = "تويتر",
        Branch = Branch.Taif,
        Category = InquiryCategory.Complaint,
        Received = At(3, 1, 8, 11),
        FirstResponse = At(3, 1, 10, 12),
        Resolved = At(3, 3, 11, 13),
    };

    public static Inquiry EmptyInquiry(string id) => new()
    {
        Id = id,
        Channel = Channel.Unspecified,
        Branch = Branch.Unspecified,
    };

    public static SurveyInvitation FullInvitation(string id) => new()
    {
        Id = id,
        SubjectKind = SurveySubjectKind.Case,
        SubjectId = "C-1",
        Channel = Channel.Website,
        Branch = Branch.Jeddah,
        CreatedAt = At(3, 5, 8, 21),
        SentAt = At(3, 5, 8, 22),
        ReminderSentAt = At(3, 8, 8, 23),
        ExpiresAt = At(3, 19, 8, 24),
        Status = InvitationStatus.Answered,
    };

    public static SurveyInvitation BareInvitation(string id, DateTimeOffset createdAt) => new()
    {
        Id = id,
        SubjectKind = SurveySubjectKind.Inquiry,
        SubjectId = "I-" + id,
        Channel = Channel.Phone,
        Branch = Branch.Makkah,
        CreatedAt = createdAt,
        ExpiresAt = createdAt.AddDays(14),
    };

    public static SurveyResponse FullResponse(string invitationId) => new()
    {
        InvitationId = invitationId,
        AnsweredAt = At(3, 6, 19, 31),
        Overall = 4,
        EaseOfProcedures = 5,
        Courtesy = 3,
        ClarityOfInformation = 2,
        Speed = 1,
        Comment = "الخدمة ممتازة والتواصل سريع",
        Source = ResponseSource.EmailReply,
    };

    public static SurveyResponse BareResponse(string invitationId, DateTimeOffset answeredAt) => new()
    {
        InvitationId = invitationId,
        AnsweredAt = answeredAt,
        Overall = 5,
    };

    public static QuarantinedRecord Quarantined(string sourceId, DateTimeOffset seenAt) => new()
    {
        Source = "cases",
        SourceId = sourceId,
        Reason = "Received is not a date: '31/02/2026'",
        SeenAt = seenAt,
    };
}
