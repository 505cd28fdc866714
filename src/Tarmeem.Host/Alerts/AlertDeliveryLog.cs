using Tarmeem.Store;
using Tarmeem.Host.Delivery;
using Tarmeem.Store.Delivery;

namespace Tarmeem.Host.Alerts;

/// <summary>
/// The alert's use of the report delivery log (<c>report_deliveries</c>), kind <c>alert</c>, period
/// <c>{date}:{branch}</c>: intended before the mail, completed after; <see cref="MailOnce"/> counts each attempt between.
/// The only place in the alerts that knows the log's API.
/// </summary>
internal sealed class AlertDeliveryLog(StoreSession store)
{
    public const string Kind = "alert";

    /// <summary>The tag the alert's mail carries: the same one the log gives its first delivery.</summary>
    public static string TagFor(BranchAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return ReportDelivery.TagFor(Kind, alert.DeliveryKey, 1);
    }

    public async Task<bool> WasDeliveredAsync(BranchAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return await store.Deliveries.FindAsync(Kind, alert.DeliveryKey, cancellationToken) is { IsDelivered: true };
    }

    /// <summary>Writes (or resumes) the intention to send; the row's <see cref="ReportDelivery.Attempts"/> says whether to look in the mailbox first.</summary>
    public Task<ReportDelivery> IntendAsync(BranchAlert alert, DateTimeOffset at, int recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return store.Deliveries.IntendAsync(Kind, alert.DeliveryKey, at, recipients, [], again: false, cancellationToken);
    }

    public Task CompleteAsync(BranchAlert alert, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return store.Deliveries.CompleteAsync(Kind, alert.DeliveryKey, at, [], null, cancellationToken);
    }
}
