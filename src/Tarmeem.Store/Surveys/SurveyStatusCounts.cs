namespace Tarmeem.Store.Surveys;

/// <summary>Survey figures for <c>tarmeem survey status</c>: counts only, nothing personal.</summary>
public sealed record SurveyStatusCounts(
    IReadOnlyDictionary<string, int> InvitationsByStatus,
    IReadOnlyDictionary<string, int> OutboxByKindAndState,
    IReadOnlyDictionary<string, int> ResponsesBySource,
    int Contacts,
    int ContactsWithoutAddress,
    int OptedOut,
    int BouncedContacts,
    int Tokens);
