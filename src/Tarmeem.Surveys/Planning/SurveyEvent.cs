using Tarmeem.Core.Domain;
using Tarmeem.Store.Surveys;

namespace Tarmeem.Surveys.Planning;

/// <summary>One surveyable event: an inquiry resolved, a case delivered or rejected.</summary>
public sealed record SurveyEvent(
    SurveySubjectKind SubjectKind, string SubjectId, Channel Channel, Branch Branch, SurveyEventKind Kind, DateTimeOffset OccurredAt)
{
    public string SubjectKey => SurveyHistory.SubjectKey(SubjectKind, SubjectId);
}
