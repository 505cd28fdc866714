namespace Tarmeem.Surveys.Planning;

/// <summary>One decision about a subject (<c>Kind/Id</c>) or, for a reminder, an invitation id, with its reason. <see cref="NotBefore"/> says when a waiting one may go.</summary>
/// <param name="ContactKey">The person's key (never the address), when the subject has a usable address.</param>
public sealed record SurveyDecision(
    string Subject, DecisionVerdict Verdict, DecisionReason Reason, DateTimeOffset? NotBefore, string? ContactKey);
