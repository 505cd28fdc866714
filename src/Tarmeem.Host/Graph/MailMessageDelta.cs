namespace Tarmeem.Host.Graph;

/// <summary>A message as a delta feed gives it, reduced to timings.</summary>
public sealed record MailMessageDelta(string Id, bool Removed, string? ConversationId, DateTimeOffset? Received, DateTimeOffset? Sent, string? From = null);
