namespace Tarmeem.Store.Surveys;

/// <summary>What the mailbox told us about a sent message: the thread a reply will join.</summary>
public sealed record SentMessageInfo(string? ConversationId, string? InternetMessageId);
