namespace Tarmeem.Surveys.Outbox;

/// <summary>A message in the mailbox, as far as the sender cares: its id and the thread replies join.</summary>
public sealed record MailboxMessage(string Id, string? ConversationId, string? InternetMessageId);
