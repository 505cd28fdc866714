using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Surveys;

/// <summary>
/// Where the survey about one inquiry or case goes: the only personal datum the store keeps, in
/// <c>survey_contacts</c>, removed by retention. <see cref="EmailAddress"/> is null when the source had none.
/// </summary>
public sealed record SurveyContact(SurveySubjectKind SubjectKind, string SubjectId, string? EmailAddress);
