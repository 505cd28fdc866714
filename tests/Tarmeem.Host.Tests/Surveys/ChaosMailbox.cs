using Tarmeem.Surveys.Outbox;
using Tarmeem.Surveys.Replies;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>The real mailbox with crash points around every call: "after" means Graph did it but we never heard.</summary>
internal sealed class ChaosMailbox(ISurveyMailbox inner, Chaos chaos) : ISurveyMailbox
{
    public Task<MailboxMessage> CreateDraftAsync(OutgoingSurveyMail mail, CancellationToken cancellationToken) =>
        chaos.AroundAsync("create draft", () => inner.CreateDraftAsync(mail, cancellationToken));

    public Task SendDraftAsync(string messageId, CancellationToken cancellationToken) =>
        chaos.AroundAsync("send draft", () => inner.SendDraftAsync(messageId, cancellationToken));

    public Task<MailboxLookup> LocateAsync(string tag, CancellationToken cancellationToken) =>
        chaos.AroundAsync("locate", () => inner.LocateAsync(tag, cancellationToken));

    public Task DeleteDraftAsync(string messageId, CancellationToken cancellationToken) =>
        chaos.AroundAsync("delete draft", () => inner.DeleteDraftAsync(messageId, cancellationToken));

    public Task<IReadOnlyList<InboundMail>> ReadInboxAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.ReadInboxAsync(since, cancellationToken);
}
