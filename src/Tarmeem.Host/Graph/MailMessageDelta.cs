namespace Tarmeem.Host.Graph;

/// <summary>
/// A message as a delta feed gives it, reduced to timings and what staff set on it: the flag's completion (null unless
/// flagged complete) and the category names.
/// </summary>
internal sealed record MailMessageDelta(
    string Id,
    bool Removed,
    string? ConversationId,
    DateTimeOffset? Received,
    DateTimeOffset? Sent,
    string? From = null,
    DateTimeOffset? FlagCompleted = null,
    IReadOnlyList<string>? Categories = null,
    DateTimeOffset? LastModified = null);
