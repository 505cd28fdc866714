using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Store;
using Tarmeem.Store.Delivery;

namespace Tarmeem.Host.Delivery;

/// <summary>
/// Sends a tagged e-mail at most once: the reports, the morning alerts and the reviewers' mails all go through here.
/// Graph may answer 504 or drop the connection after it sent the message, and a process may stop between the send and
/// the log, so a send is never simply repeated: an attempt is counted in the delivery log before the call, a later run
/// looks for the tag in the sender's Outbox and Sent Items first, and a send that ends without a clear answer is looked
/// for at once. Drafts an interrupted send left behind are deleted before a new try.
/// </summary>
internal sealed class MailOnce(IReportMailer mailer, IOptions<DeliveryOptions> options, TimeProvider time, ILogger<MailOnce> logger)
{
    /// <summary>
    /// Sends the mail of an intended row of the delivery log under its tag, unless an earlier attempt already did; true
    /// when it found that one. <paramref name="compose"/> is called only when a mail is really about to go, so whatever it
    /// issues (a one-time link) is issued for the mail that is sent and for no other.
    /// </summary>
    public async Task<bool> SendAsync(
        StoreSession store, ReportDelivery intent, Func<string, CancellationToken, Task<ReportMail>> compose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(compose);
        if (intent.Attempts > 0)
        {
            var sent = await mailer.WasSentAsync(intent.MailTag, cancellationToken);
            DeliveryLogMessages.Resumed(logger, intent.Kind, intent.Period, intent.Attempts, sent ? "was found" : "was not found");
            if (sent)
            {
                return true;
            }

            await DiscardDraftsAsync(intent.Kind, intent.Period, intent.MailTag, cancellationToken);
        }

        var mail = await compose(intent.MailTag, cancellationToken);
        await store.Deliveries.BeginAttemptAsync(intent.Kind, intent.Period, cancellationToken);
        return await SendOrFindAsync(mail, intent.Kind, intent.Period, cancellationToken);
    }

    /// <summary>
    /// One send of a mail whose tag no earlier attempt used; true when the send failed but the mail is in the mailbox
    /// all the same. Not found, the failure is rethrown as <see cref="DeliveryFailedException"/>, saying nothing went.
    /// </summary>
    public async Task<bool> SendOrFindAsync(ReportMail mail, string kind, string period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        try
        {
            await mailer.SendAsync(mail, cancellationToken);
            return false;
        }
        // A failed sign-in happens before the request leaves: nothing can have been sent, so there is nothing to look for.
        catch (Exception error) when ((error is not OperationCanceledException || !cancellationToken.IsCancellationRequested) && Graph.SignInFailure.Find(error) is null)
        {
            DeliveryLogMessages.OutcomeUnknown(logger, kind, period, error.GetType().Name);
            await Task.Delay(options.Value.AmbiguousLookupDelay, time, cancellationToken);
            if (await mailer.WasSentAsync(mail.Tag, cancellationToken))
            {
                return true;
            }

            await DiscardDraftsAsync(kind, period, mail.Tag, cancellationToken);
            throw new DeliveryFailedException(
                $"{error.Message} The e-mail is not in the sender's Outbox or Sent Items, so it was not sent; it stays intended, and the next run (the schedule, or the same command again) looks for it in the mailbox before sending.",
                error);
        }
    }

    private async Task DiscardDraftsAsync(string kind, string period, string tag, CancellationToken cancellationToken)
    {
        var discarded = await mailer.DiscardDraftsAsync(tag, cancellationToken);
        if (discarded > 0)
        {
            DeliveryLogMessages.DraftsDiscarded(logger, discarded, kind, period);
        }
    }
}
