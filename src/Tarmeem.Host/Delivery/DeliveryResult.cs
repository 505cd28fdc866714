using Tarmeem.Store.Delivery;

namespace Tarmeem.Host.Delivery;

/// <summary>What a delivery did: the log's row after it (or the earlier one when refused; none while under review), and a sentence for people.</summary>
internal sealed record DeliveryResult(DeliveryStatus Status, ReportDelivery? Record, IReadOnlyList<string> Files, string Message);
