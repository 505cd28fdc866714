using Tarmeem.Surveys.Replies;

namespace Tarmeem.Surveys.Outbox;

/// <summary>
/// The sending mailbox as the survey needs it (Graph implements it in the host). Messages are created as drafts
/// tagged with their outbox key, then sent, so that after any failure the tag tells whether a message went out.
/// </summary>
public interface ISurveyMailbox
{
    /// <summary>
    /// Creates a draft carrying <see cref="OutgoingSurveyMail.Tag"/>; returns its id and conversation. A transient
    /// <see cref="SurveyMailboxException"/> means a draft may exist: <see cref="LocateAsync"/> before creating again.
    /// </summary>
    Task<MailboxMessage> CreateDraftAsync(OutgoingSurveyMail mail, CancellationToken cancellationToken);

    Task SendDraftAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Where the message with this tag is: drafts holding it, and a copy sent or on its way (Outbox, Sent Items).</summary>
    Task<MailboxLookup> LocateAsync(string tag, CancellationToken cancellationToken);

    /// <summary>Deletes a draft for good (not to Deleted Items: it holds a live link and an address); gone already is fine.</summary>
    Task DeleteDraftAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Inbox messages received at or after <paramref name="since"/>, with what reply judging needs.</summary>
    Task<IReadOnlyList<InboundMail>> ReadInboxAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
