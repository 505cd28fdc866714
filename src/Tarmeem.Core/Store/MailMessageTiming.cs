namespace Tarmeem.Core.Store;

/// <summary>A message reduced to what response times need: its conversation and its instant.</summary>
public sealed record MailMessageTiming(string MessageId, string ConversationId, DateTimeOffset At);
