namespace Tarmeem.GraphLoopback.Mail;

/// <summary>A message a test puts in a folder. Anything not covered here can be seeded as raw Graph JSON instead.</summary>
/// <param name="Subject">Subject line (may be Arabic).</param>
/// <param name="FromAddress">Sender address.</param>
/// <param name="ReceivedDateTime">When it arrived.</param>
public sealed record MessageSeed(string Subject, string FromAddress, DateTimeOffset ReceivedDateTime)
{
    public string? FromName { get; init; }

    public DateTimeOffset? SentDateTime { get; init; }

    /// <summary>Defaults to a new id per message.</summary>
    public string? ConversationId { get; init; }

    public string BodyText { get; init; } = string.Empty;

    /// <summary>"text" or "html".</summary>
    public string BodyContentType { get; init; } = "text";

    public IReadOnlyList<string> ToRecipients { get; init; } = [];

    public bool IsRead { get; init; }

    public string? InternetMessageId { get; init; }

    /// <summary>Outlook categories on the message (names from the master list, though Outlook does not insist).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>A followupFlag object as Graph writes it; null leaves it notFlagged.</summary>
    public System.Text.Json.Nodes.JsonObject? Flag { get; init; }

    /// <summary>Returned only when <c>$select</c> names <c>internetMessageHeaders</c>, as in Graph.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> InternetMessageHeaders { get; init; } = [];

    /// <summary>Keyed by the full property id (e.g. <c>String {guid} Name Tag</c>); returned under <c>$expand=singleValueExtendedProperties($filter=id eq '…')</c>.</summary>
    public IReadOnlyDictionary<string, string> SingleValueExtendedProperties { get; init; } = new Dictionary<string, string>();
}
