using System.Globalization;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Delivery;

using Tarmeem.Store;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Keeps data no longer than its purpose needs (Saudi PDPL): removes survey contacts past <c>Tarmeem:Retention:Contacts</c>
/// and run history past <c>:JobRuns</c>. Invitations and answers stay, without any way back to the person.
/// </summary>
internal sealed class RetentionService(IStoreFactory stores, IOptions<RetentionOptions> options, TimeProvider time)
{
    public async Task<JobResult> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
        var contacts = await store.Contacts.PurgeContactsAsync(now - settings.Contacts, cancellationToken);
        var runs = await store.JobRuns.PruneAsync(now - settings.JobRuns, cancellationToken);
        return JobResult.Done(string.Create(
            CultureInfo.InvariantCulture,
            $"Removed {contacts} survey contacts older than {settings.Contacts.TotalDays:0.#} days and {runs} run records older than {settings.JobRuns.TotalDays:0.#} days."));
    }
}
