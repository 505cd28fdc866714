namespace Tarmeem.Store.Sync;

/// <summary>
/// A message reduced to what response times need, its conversation and its instant, and for an incoming message
/// the sender's address, at which the inquirer is surveyed; <paramref name="Marks"/> carry what staff set on it.
/// </summary>
public sealed record MailMessageTiming(string MessageId, string ConversationId, DateTimeOffset At, string? From = null, MailMarks? Marks = null);
