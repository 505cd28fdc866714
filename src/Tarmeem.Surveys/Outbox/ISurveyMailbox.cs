using Tarmeem.Surveys.Replies;

namespace Tarmeem.Surveys.Outbox;

/// <summary>
/// The sending mailbox as the survey needs it (Graph implements it in the host). Messages are created as drafts
/// tagged with their outbox key, then sent, so that after any failure the tag tells whether a message went out.
/// </summary>
public interface ISurveyMailbox
{
    /// <summary>Creates a draft carrying <see cref="OutgoingSurveyMail.Tag"/>; returns its id and conversation.</summary>
    Task<MailboxMessage> CreateDraftAsync(OutgoingSurveyMail mail, CancellationToken cancellationToken);

    Task SendDraftAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>The message with this tag in Sent Items, or null.</summary>
    Task<MailboxMessage?> FindSentAsync(string tag, CancellationToken cancellationToken);

    /// <summary>The message with this tag in Drafts, or null.</summary>
    Task<MailboxMessage?> FindDraftAsync(string tag, CancellationToken cancellationToken);

    /// <summary>Inbox messages received at or after <paramref name="since"/>, with what reply judging needs.</summary>
    Task<IReadOnlyList<InboundMail>> ReadInboxAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
