using Tarmeem.Core.Domain;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Planning;

namespace Tarmeem.Surveys.Tests.Support;

/// <summary>Builders for events and contacts.</summary>
internal static class Events
{
    public static SurveyEvent Resolved(string id, DateTimeOffset at) =>
        new(SurveySubjectKind.Inquiry, id, Channel.Phone, Branch.Makkah, SurveyEventKind.InquiryResolved, at);

    public static SurveyEvent Delivered(string caseNumber, DateTimeOffset at) =>
        new(SurveySubjectKind.Case, caseNumber, Channel.InPerson, Branch.Jeddah, SurveyEventKind.CaseDelivered, at);

    public static Dictionary<string, SurveyContact> Contacts(params (SurveyEvent Event, string? Email)[] pairs) =>
        pairs.ToDictionary(p => p.Event.SubjectKey, p => new SurveyContact(p.Event.SubjectKind, p.Event.SubjectId, p.Email), StringComparer.Ordinal);

    private static int _next;

    public static string NewId() => "S" + Interlocked.Increment(ref _next).ToString("D32", System.Globalization.CultureInfo.InvariantCulture);
}
