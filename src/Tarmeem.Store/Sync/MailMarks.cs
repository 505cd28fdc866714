using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Sync;

/// <summary>
/// What staff said about one message in Outlook, already read from its flag and categories: the conversation it
/// belongs to is resolved, re-filed under a channel or branch, or not an inquiry at all.
/// </summary>
public sealed record MailMarks
{
    public static MailMarks None { get; } = new();

    /// <summary>The flag's completion instant, when the message is flagged complete.</summary>
    public DateTimeOffset? FlagCompletedAt { get; init; }

    /// <summary>
    /// Set while the message carries the resolution category: the instant recorded if the category is new (the store
    /// keeps the first one seen, as Graph gives no time for a category).
    /// </summary>
    public DateTimeOffset? ResolutionCategoryAt { get; init; }

    public Channel? Channel { get; init; }

    public Branch? Branch { get; init; }

    /// <summary>«ليس استفساراً»: the conversation is counted nowhere and never surveyed.</summary>
    public bool NotInquiry { get; init; }
}
