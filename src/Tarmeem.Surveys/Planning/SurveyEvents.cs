using Tarmeem.Core.Domain;

namespace Tarmeem.Surveys.Planning;

/// <summary>Finds the surveyable events in plain records.</summary>
public static class SurveyEvents
{
    public static IReadOnlyList<SurveyEvent> From(ServiceRecords records, bool includeRejectedCases)
    {
        ArgumentNullException.ThrowIfNull(records);
        var events = new List<SurveyEvent>();
        foreach (var inquiry in records.Inquiries)
        {
            if (inquiry.Resolved is { } at)
            {
                events.Add(new(SurveySubjectKind.Inquiry, inquiry.Id, inquiry.Channel, inquiry.Branch, SurveyEventKind.InquiryResolved, at));
            }
        }

        foreach (var supportCase in records.Cases)
        {
            if (supportCase.ServiceDelivered is { } delivered)
            {
                events.Add(new(SurveySubjectKind.Case, supportCase.CaseNumber, supportCase.Channel, supportCase.Branch, SurveyEventKind.CaseDelivered, delivered));
            }
            else if (includeRejectedCases && supportCase.Decision == CaseDecision.Rejected && supportCase.DecisionAt is { } rejected)
            {
                events.Add(new(SurveySubjectKind.Case, supportCase.CaseNumber, supportCase.Channel, supportCase.Branch, SurveyEventKind.CaseRejected, rejected));
            }
        }

        return events;
    }
}
