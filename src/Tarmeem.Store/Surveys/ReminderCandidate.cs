namespace Tarmeem.Store.Surveys;

/// <summary>An invitation sent, not answered, not expired and not yet reminded.</summary>
public sealed record ReminderCandidate(string InvitationId, string ContactKey, DateTimeOffset SentAt, DateTimeOffset ExpiresAt);
