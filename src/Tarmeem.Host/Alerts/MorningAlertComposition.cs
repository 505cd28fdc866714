using Microsoft.Extensions.Options;
using Tarmeem.Core.Domain;
using Tarmeem.Sample;
using Tarmeem.Store;
using Tarmeem.Core.Time;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Sync;

namespace Tarmeem.Host.Alerts;

/// <summary>
/// Reads the store (or the built-in sample) and composes each branch's alert and mail. Needs no Graph: what
/// <c>tarmeem alerts preview</c> uses, and what <see cref="MorningAlertService"/> sends.
/// </summary>
internal sealed class MorningAlertComposition(
    IOptions<AlertOptions> alerts, IOptions<TarmeemOptions> tarmeem, IOptions<SourcesOptions> sources, IStoreFactory stores, BusinessCalendar calendar)
{
    private readonly MorningAlertComposer composer = new();

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
            await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
            records = await store.Records.ReadAsync(since, now, cancellationToken);
            var caseLinks = new CaseLinks(settings, sources.Value.Cases);
            links = caseLinks.CanLink
                ? caseLinks.For(await store.ListItemIds.ByRecordKeyAsync(ListSource.CasesName, cancellationToken))
                : new Dictionary<string, Uri>();
        }

        return [.. branches.Select(b =>
        {
            var alert = builder.Build(b.Branch, now, records.Cases, records.Inquiries, links);
            return (alert, composer.Compose(alert, b.Recipients));
        })];
    }
}
