namespace Tarmeem.Store.Delivery;

/// <summary>Where a row of the delivery log stands; stored by name in <c>report_deliveries.state</c>.</summary>
public enum DeliveryState
{
    /// <summary>Written before the mail: the delivery began and is not known to have finished.</summary>
    Intended = 1,

    /// <summary>The mail is known to have gone out (sent, or found in the mailbox by its tag).</summary>
    Delivered = 2,
}
