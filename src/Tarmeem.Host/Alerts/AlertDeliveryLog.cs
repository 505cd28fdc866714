using Tarmeem.Core.Store;
using Tarmeem.Host.Delivery;

namespace Tarmeem.Host.Alerts;

/// <summary>
/// The alert's use of the report delivery log (<c>report_deliveries</c>), kind <c>alert</c>, period
/// <c>{date}:{branch}</c>: the only place that knows its API, so a change to the log touches this file alone.
/// </summary>
public sealed class AlertDeliveryLog(OperationsStore store)
{
    public const string Kind = "alert";

    public async Task<bool> WasSentAsync(BranchAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return await store.Deliveries.FindAsync(Kind, alert.DeliveryKey, cancellationToken) is not null;
    }

    public Task RecordSentAsync(BranchAlert alert, DateTimeOffset at, int recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return store.Deliveries.RecordAsync(Kind, alert.DeliveryKey, at, recipients, [], null, cancellationToken);
    }
}
