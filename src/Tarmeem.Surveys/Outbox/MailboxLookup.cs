namespace Tarmeem.Surveys.Outbox;

/// <summary>What the mailbox holds for one tag.</summary>
/// <param name="Drafts">Unsent drafts carrying it (more than one only after an ambiguous create was made again).</param>
/// <param name="Sent">The copy accepted for sending, in the Outbox or in Sent Items, or null.</param>
public sealed record MailboxLookup(IReadOnlyList<MailboxMessage> Drafts, MailboxMessage? Sent)
{
    public static readonly MailboxLookup Nothing = new([], null);
}
