namespace Tarmeem.Store.Review;

/// <summary>Where a report's review stands; stored by name in <c>report_reviews.state</c>.</summary>
public enum ReviewState
{
    /// <summary>The draft is in the review folder and the reviewers were (or are being) asked.</summary>
    Pending = 1,

    /// <summary>An approval's check found something to fix; the reviewers were told what. Approving again re-checks.</summary>
    Refused = 2,

    /// <summary>Approved and passed the check; its delivery is under way (or was interrupted).</summary>
    Approved = 3,

    Delivered = 4,
}
