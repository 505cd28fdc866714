using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Surveys;

/// <summary>The invitation a link token opens, and whether it can still be answered.</summary>
public sealed record SurveyTokenMatch(
    string InvitationId,
    InvitationStatus Status,
    DateTimeOffset ExpiresAt,
    bool Answered,
    bool OptedOut);
