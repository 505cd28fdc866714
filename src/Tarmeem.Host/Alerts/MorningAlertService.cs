using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Time;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling;

using Tarmeem.Store;

namespace Tarmeem.Host.Alerts;

/// <summary>
/// The morning alert: on a business day, one short Arabic e-mail per configured branch with something to say, sent
/// through the report mailer and recorded in the delivery log so a re-run (or a restart) the same day sends nothing
/// again. Knows nothing of what starts it (the scheduler).
/// </summary>
internal sealed class MorningAlertService(
    MorningAlertComposition composition,
    MailOnce once,
    IStoreFactory stores,
    IOptions<AlertOptions> alerts,
    TimeProvider time,
    BusinessCalendar calendar,
    ILogger<MorningAlertService> logger)
{
    public async Task<JobResult> RunAsync(CancellationToken cancellationToken)
    {
        var settings = alerts.Value;
        var now = time.GetUtcNow();
        var today = calendar.LocalDate(now);
        if (!settings.Enabled)
        {
            return JobResult.Skipped($"The morning alert is switched off ({AlertOptions.Section}:Enabled is false).");
        }

        if (!calendar.IsBusinessDay(today))
        {
            return JobResult.Skipped(string.Create(CultureInfo.InvariantCulture, $"{today:yyyy-MM-dd} is not a business day (weekend or a holiday of Tarmeem:Calendar): no alert."));
        }

        var composed = await composition.ComposeAsync(now, AlertBranches.From(settings), sample: false, cancellationToken);
        await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
        var log = new AlertDeliveryLog(store);
        int sent = 0, quiet = 0, earlier = 0;
        foreach (var (alert, mail) in composed)
        {
            var branch = alert.Branch.ToString();
            var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (alert.IsEmpty)
            {
                quiet++;
                AlertLog.NotSent(logger, branch, date, "nothing to say");
                continue;
            }

            if (await log.WasDeliveredAsync(alert, cancellationToken))
            {
                earlier++;
                AlertLog.NotSent(logger, branch, date, "already sent today");
                continue;
            }

            // Intended before the mail: after a crash or an unknown outcome the mail is looked for by its tag instead of sent twice.
            var intent = await log.IntendAsync(alert, time.GetUtcNow(), mail.Recipients.Count, cancellationToken);
            if (await once.SendAsync(store, intent, (tag, _) => Task.FromResult(mail with { Tag = tag }), cancellationToken))
            {
                AlertLog.NotSent(logger, branch, date, "found already sent by an interrupted run");
            }

            await log.CompleteAsync(alert, time.GetUtcNow(), cancellationToken);
            sent++;
            AlertLog.Sent(logger, branch, date, mail.Recipients.Count, alert.Overdue.Count, alert.Nearing.Count, alert.Unanswered);
        }

        var message = string.Create(CultureInfo.InvariantCulture, $"Morning alert {today:yyyy-MM-dd}: sent to {sent} branches, {quiet} had nothing to say, {earlier} already sent today.");
        return sent > 0 ? JobResult.Done(message) : JobResult.Skipped(message);
    }
}
