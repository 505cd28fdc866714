namespace Tarmeem.GraphLoopback.Mail;

/// <summary>A sent message the slow Outbox holds until <see cref="Due"/>; then it goes to Sent Items, or away when not saved.</summary>
internal sealed record OutboxEntry(MailboxState Mailbox, string MessageId, DateTimeOffset Due, bool SaveToSentItems);
