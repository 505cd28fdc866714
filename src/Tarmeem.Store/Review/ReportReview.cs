namespace Tarmeem.Store.Review;

/// <summary>One report's review before delivery, as <c>report_reviews</c> keeps it.</summary>
/// <param name="DraftItemId">The drive item of the draft in the review folder (what the reviewer edits).</param>
/// <param name="DraftPath">Its path below the library root.</param>
/// <param name="DraftUrl">Where the reviewer opens it (Word for the web), if the library said.</param>
/// <param name="SourceFiles">The local files written for the period: the Word draft and anything delivered beside it.</param>
/// <param name="Refusal">What the last check found to fix, or null.</param>
public sealed record ReportReview(
    string Kind,
    string Period,
    ReviewState State,
    string DraftItemId,
    string DraftPath,
    string? DraftUrl,
    IReadOnlyList<string> SourceFiles,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? MailedAt,
    DateTimeOffset? RemindedAt,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset? DeliveredAt,
    string? Refusal)
{
    /// <summary>Still waiting for a reviewer: not approved yet, or refused and not approved again.</summary>
    public bool IsAwaiting => State is ReviewState.Pending or ReviewState.Refused;
}
