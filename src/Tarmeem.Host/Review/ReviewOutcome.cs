using Tarmeem.Host.Delivery;
using Tarmeem.Store.Review;

namespace Tarmeem.Host.Review;

/// <summary>What an approval did, in a sentence for people (the reviewer's findings are mailed in Arabic).</summary>
internal sealed record ReviewOutcome(DeliveryStatus Status, ReportReview Review, string Message);
