namespace Tarmeem.Surveys.Replies;

/// <summary>An inbox message as reply judging sees it. The sender's address is deliberately absent: a reply is
/// matched by its thread and our reference, never by who sent it.</summary>
public sealed record InboundMail(
    string Id,
    string? ConversationId,
    string? Subject,
    string? Body,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
