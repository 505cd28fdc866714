namespace Tarmeem.Host.Delivery;

internal enum DeliveryStatus
{
    Delivered = 1,

    /// <summary>Refused: the log says this (kind, period) was already delivered and the request was not forced.</summary>
    AlreadyDelivered = 2,

    /// <summary>Not sent: filed as a draft for review; it goes out once a reviewer approves it.</summary>
    AwaitingReview = 3,

    /// <summary>Not sent: the approved draft failed the check; the reviewers were told what to fix.</summary>
    Refused = 4,
}
