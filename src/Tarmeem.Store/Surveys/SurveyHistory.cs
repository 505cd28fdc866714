namespace Tarmeem.Store.Surveys;

/// <summary>What the survey rules must remember: who was asked about what and when, who said no, whose mail bounces.</summary>
/// <param name="SurveyedSubjects">Subjects that already have an invitation, as <see cref="SubjectKey"/>.</param>
/// <param name="LastInvitedAt">Per contact key, when its latest invitation was decided.</param>
/// <param name="OptedOut">Contact keys that asked for no more surveys.</param>
/// <param name="Bounces">Per contact key, how many invitations bounced.</param>
public sealed record SurveyHistory(
    IReadOnlySet<string> SurveyedSubjects,
    IReadOnlyDictionary<string, DateTimeOffset> LastInvitedAt,
    IReadOnlySet<string> OptedOut,
    IReadOnlyDictionary<string, int> Bounces)
{
    public static SurveyHistory Empty { get; } = new(
        new HashSet<string>(), new Dictionary<string, DateTimeOffset>(), new HashSet<string>(), new Dictionary<string, int>());

    public static string SubjectKey(Core.Domain.SurveySubjectKind kind, string subjectId) => $"{kind}/{subjectId}";
}
