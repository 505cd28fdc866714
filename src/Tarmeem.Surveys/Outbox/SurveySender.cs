using Microsoft.Extensions.Logging;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Planning;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Surveys.Outbox;

/// <summary>
/// Sends the due outbox rows effectively once. Each row was stored before sending; an attempt is counted before the
/// first Graph call; the message is created as a draft tagged with the row's key, recorded, then sent. A row with an
/// earlier attempt is first looked up by its tag in Drafts, the Outbox and Sent Items (sent or on its way: mark it;
/// a draft: send it, deleting any second one), so a crash, a timeout or an ambiguous 5xx at any point neither loses a
/// message nor sends it twice, and no draft with a live link is left behind. A row whose outcome is unknown waits
/// for a later run; the others go on, unless several in a row fail (then the mailbox is failing, not one message).
/// </summary>
public sealed class SurveySender(
    ISurveyStore store,
    ISurveyMailbox mailbox,
    SurveyEmailComposer composer,
    SendWindow window,
    SendPacer pacer,
    SurveyOptions options,
    TimeProvider time,
    ILogger logger)
{
    private const int BatchSize = 50;

    /// <summary>Failures one after another that mean the mailbox, not a message, is failing: the run stops.</summary>
    private const int FailuresToStop = 3;

    private enum Outcome
    {
        Sent,
        Recovered,
        Cancelled,
        Postponed,
    }

    public async Task<SendSummary> SendDueAsync(int max, CancellationToken cancellationToken)
    {
        int sent = 0, recovered = 0, cancelled = 0, postponed = 0, handled = 0, failuresInARow = 0;
        string? stop = null;
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (stop is null && handled < max)
        {
            var now = time.GetUtcNow();
            var due = await store.ReadDueAsync(now, Math.Min(BatchSize, max - handled) + tried.Count, cancellationToken);
            if (due.All(m => tried.Contains(m.MessageKey)))
            {
                break;
            }

            // Rows postponed in this run come due again at once when the retry delay is zero; they wait for the next run.
            foreach (var message in due.Where(m => !tried.Contains(m.MessageKey)))
            {
                stop = await StopReasonAsync(sent, cancellationToken);
                if (stop is not null)
                {
                    break;
                }

                await pacer.WaitAsync(cancellationToken);
                tried.Add(message.MessageKey);
                var outcome = await ProcessAsync(message, cancellationToken);
                handled++;
                failuresInARow = outcome == Outcome.Postponed ? failuresInARow + 1 : 0;
                switch (outcome)
                {
                    case Outcome.Sent:
                        sent++;
                        break;
                    case Outcome.Recovered:
                        recovered++;
                        break;
                    case Outcome.Cancelled:
                        cancelled++;
                        break;
                    default:
                        postponed++;
                        // A failing mailbox is not hammered: the rest waits for the next run.
                        stop = failuresInARow >= FailuresToStop
                            ? "the mailbox failed several times in a row; the messages will be looked up and retried on a later run"
                            : null;
                        break;
                }

                if (stop is not null)
                {
                    break;
                }
            }
        }

        if (stop is not null)
        {
            SurveySendLog.Stopped(logger, stop);
        }

        return new SendSummary(sent, recovered, cancelled, postponed, stop);
    }

    private async Task<string?> StopReasonAsync(int sentThisRun, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!window.IsOpen(now))
        {
            return "outside the sending window";
        }

        var today = await store.CountSentSinceAsync(window.StartOfDay(now), cancellationToken);
        return today >= options.DailyCap || sentThisRun >= options.DailyCap ? "the daily cap is reached" : null;
    }

    private async Task<Outcome> ProcessAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var block = BlockReason(message, time.GetUtcNow());
        var key = message.MessageKey;
        if (message.Attempts == 0 && message.State == OutboxState.Pending && block is not null)
        {
            return await CancelAsync(key, block, cancellationToken);
        }

        var earlier = message.Attempts > 0 || message.State == OutboxState.Drafted;
        await store.BeginAttemptAsync(key, cancellationToken);
        try
        {
            if (!earlier)
            {
                return await CreateAndSendAsync(message, cancellationToken);
            }

            var found = await mailbox.LocateAsync(key, cancellationToken);
            if (found.Sent is { } copy)
            {
                await DeleteDraftsAsync(key, found.Drafts, cancellationToken);
                await store.MarkSentAsync(key, time.GetUtcNow(), Info(copy), cancellationToken);
                SurveySendLog.Recovered(logger, key);
                return Outcome.Recovered;
            }

            if (block is not null)
            {
                await DeleteDraftsAsync(key, found.Drafts, cancellationToken);
                return await CancelAsync(key, block, cancellationToken);
            }

            if (found.Drafts.Count == 0)
            {
                return await CreateAndSendAsync(message, cancellationToken);
            }

            await DeleteDraftsAsync(key, found.Drafts.Skip(1).ToList(), cancellationToken);
            return await SendDraftAsync(key, found.Drafts[0], cancellationToken);
        }
        catch (SurveyMailboxException error)
        {
            // Whatever failed, the next run looks the message up before anything is created or sent again.
            return await PostponeAsync(key, error.Status, cancellationToken);
        }
    }

    private async Task DeleteDraftsAsync(string key, IReadOnlyList<MailboxMessage> drafts, CancellationToken cancellationToken)
    {
        foreach (var draft in drafts)
        {
            await mailbox.DeleteDraftAsync(draft.Id, cancellationToken);
        }

        if (drafts.Count > 0)
        {
            SurveySendLog.DraftsDeleted(logger, key, drafts.Count);
        }
    }

    private async Task<Outcome> CreateAndSendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        // The token's hash is stored before the message exists, so every link that can ever be mailed opens.
        var token = SurveyTokens.Create();
        var now = time.GetUtcNow();
        await store.AddTokenAsync(SurveyTokens.Hash(token), message.InvitationId, now, cancellationToken);

        // Links count from sending (composing is the moment before it); a reminder keeps the invitation's date.
        var expiresAt = message.Kind == OutboxKind.Initial ? now + options.InvitationLifetime : message.ExpiresAt;
        if (expiresAt > message.ExpiresAt)
        {
            await store.ExtendExpiryAsync(message.InvitationId, expiresAt, cancellationToken);
        }

        var content = composer.Compose(message.Kind, message.SubjectKind, message.InvitationId, token, expiresAt);
        MailboxMessage draft;
        try
        {
            draft = await mailbox.CreateDraftAsync(
                new OutgoingSurveyMail(message.EmailAddress!.Trim(), content, message.MessageKey, message.InvitationId), cancellationToken);
        }
        catch (SurveyMailboxException error) when (!error.Transient && error.Status is not (401 or 403 or 404))
        {
            // Refused for this message (a bad address, too large); sign-in, permission or a missing mailbox refuse
            // every message alike and are waited out instead, so that no invitation is lost to a setting.
            return await CancelAsync(message.MessageKey, $"the mailbox refused the message ({error.Status})", cancellationToken);
        }

        return await SendDraftAsync(message.MessageKey, draft, cancellationToken);
    }

    private async Task<Outcome> SendDraftAsync(string key, MailboxMessage draft, CancellationToken cancellationToken)
    {
        await store.MarkDraftedAsync(key, draft.Id, cancellationToken);

        // Any failure here, a refusal too (404: it went out meanwhile), is settled by the next run's lookup.
        await mailbox.SendDraftAsync(draft.Id, cancellationToken);
        await store.MarkSentAsync(key, time.GetUtcNow(), Info(draft), cancellationToken);
        return Outcome.Sent;
    }

    private async Task<Outcome> CancelAsync(string key, string reason, CancellationToken cancellationToken)
    {
        await store.CancelAsync(key, reason, cancellationToken);
        SurveySendLog.Cancelled(logger, key, reason);
        return Outcome.Cancelled;
    }

    private async Task<Outcome> PostponeAsync(string key, int? status, CancellationToken cancellationToken)
    {
        var retryAt = time.GetUtcNow() + options.AmbiguousRetryDelay;
        await store.PostponeAsync(key, retryAt, cancellationToken);
        SurveySendLog.Postponed(logger, key, status, retryAt);
        return Outcome.Postponed;
    }

    private string? BlockReason(OutboxMessage message, DateTimeOffset now) =>
        message.OptedOut ? "opted out"
        : message.Bounces >= options.BounceLimit ? "the address bounces"
        : message.Answered ? "already answered"
        : now >= message.ExpiresAt ? "the invitation expired"
        : !EmailAddressCheck.IsUsable(message.EmailAddress) ? "no usable e-mail address"
        : null;

    private static SentMessageInfo Info(MailboxMessage message) => new(message.ConversationId, message.InternetMessageId);
}
