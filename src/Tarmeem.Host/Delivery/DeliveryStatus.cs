namespace Tarmeem.Host.Delivery;

public enum DeliveryStatus
{
    Delivered = 1,

    /// <summary>Refused: the log says this (kind, period) was already delivered and the request was not forced.</summary>
    AlreadyDelivered = 2,
}
