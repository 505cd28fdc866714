using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Sample;
using Tarmeem.Core.Store;
using Tarmeem.Core.Time;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Sync;

namespace Tarmeem.Host.Alerts;

/// <summary>
/// The morning alert: on a business day, one short Arabic e-mail per configured branch with something to say, sent
/// through the report mailer and recorded in the delivery log so a re-run (or a restart) the same day sends nothing
/// again. Knows nothing of what starts it (the scheduler, <c>tarmeem alerts preview</c>).
/// </summary>
public sealed class MorningAlertService(
    IReportMailer mailer,
    OperationsStoreFactory stores,
    IOptions<AlertOptions> alerts,
    IOptions<TarmeemOptions> tarmeem,
    IOptions<SourcesOptions> sources,
    TimeProvider time,
    BusinessCalendar calendar,
    ILogger<MorningAlertService> logger)
{
    private readonly MorningAlertComposer composer = new();

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

        var composed = await ComposeAsync(now, AlertBranches.From(settings), sample: false, cancellationToken);
        await using var store = await stores.OpenAsync(cancellationToken);
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

            if (await log.WasSentAsync(alert, cancellationToken))
            {
                earlier++;
                AlertLog.NotSent(logger, branch, date, "already sent today");
                continue;
            }

            await mailer.SendAsync(mail, cancellationToken);
            await log.RecordSentAsync(alert, time.GetUtcNow(), mail.Recipients.Count, cancellationToken);
            sent++;
            AlertLog.Sent(logger, branch, date, mail.Recipients.Count, alert.Overdue.Count, alert.Nearing.Count, alert.Unanswered);
        }

        var message = string.Create(CultureInfo.InvariantCulture, $"Morning alert {today:yyyy-MM-dd}: sent to {sent} branches, {quiet} had nothing to say, {earlier} already sent today.");
        return sent > 0 ? JobResult.Done(message) : JobResult.Skipped(message);
    }

    /// <summary>
    /// Each branch's alert and the mail it makes, from the store (or the built-in sample) as it stands at
    /// <paramref name="now"/>; sends nothing.
    /// </summary>
    public async Task<IReadOnlyList<(BranchAlert Alert, ReportMail Mail)>> ComposeAsync(
        DateTimeOffset now, IReadOnlyList<(Branch Branch, IReadOnlyList<string> Recipients)> branches, bool sample, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(branches);
        var settings = alerts.Value;
        var builder = new MorningAlertBuilder(calendar, settings.ThresholdDays, tarmeem.Value.Reports.DecisionStandardDays, settings.FirstResponseTarget);
        var since = builder.PreviousBusinessMorning(now);
        ServiceRecords records;
        IReadOnlyDictionary<string, Uri> links;
        if (sample)
        {
            var today = calendar.LocalDate(now);
            records = SampleDataGenerator.Generate(new SampleDataOptions { LastMonth = new DateOnly(today.Year, today.Month, 1) });
            links = new Dictionary<string, Uri>();
        }
        else
        {
            await using var store = await SqliteServiceRecordStore.OpenAsync(new StoreOptions { DataDirectory = tarmeem.Value.Data.Directory }, time, cancellationToken);
            records = await store.ReadAsync(since, now, cancellationToken);
            var caseLinks = new CaseLinks(settings, sources.Value.Cases);
            links = caseLinks.CanLink
                ? caseLinks.For(await new SqliteListItemIds(store).ByRecordKeyAsync(ListSource.CasesName, cancellationToken))
                : new Dictionary<string, Uri>();
        }

        return [.. branches.Select(b =>
        {
            var alert = builder.Build(b.Branch, now, records.Cases, records.Inquiries, links);
            return (alert, composer.Compose(alert, b.Recipients));
        })];
    }
}
