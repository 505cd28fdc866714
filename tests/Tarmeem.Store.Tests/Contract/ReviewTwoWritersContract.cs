using Tarmeem.Store.Review;

namespace Tarmeem.Store.Tests.Contract;

/// <summary>
/// Two nodes acting on one report review at once (two reviewers clicking, or a click and a retry): the review is
/// submitted once and approved once, and the node that lost is told so. SQLite's second writer waits for the file
/// lock; PostgreSQL's meets the first one's row (the unique key, the conditional update) and must come out the same.
/// </summary>
public abstract class ReviewTwoWritersContract
{
    private const int Periods = 12;
    private static readonly DateTimeOffset At = new(2026, 11, 1, 5, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, empty store of the provider under test.</summary>
    protected abstract IStoreUnderTest NewStore();

    [Fact]
    public async Task SubmitAndApprove_TwoNodesAtOnce_OneReviewOneApprovalTheLoserToldFalse()
    {
        await using var folder = NewStore();
        await using var nodeA = await folder.OpenAsync();
        await using var nodeB = await folder.OpenAsync();
        var (reviewsA, reviewsB) = (new SqlReviewLog(nodeA), new SqlReviewLog(nodeB));

        for (var month = 1; month <= Periods; month++)
        {
            var period = $"2026-{month:00}";
            var submitted = await Task.WhenAll(
                Task.Run(() => reviewsA.SubmitAsync("board", period, Draft("A"), "hash-a-" + period, ["/r/a.docx"], At, CancellationToken.None)),
                Task.Run(() => reviewsB.SubmitAsync("board", period, Draft("B"), "hash-b-" + period, ["/r/b.docx"], At.AddSeconds(1), CancellationToken.None)));
            var (atA, atB) = (At.AddHours(1), At.AddHours(2));
            var approved = await Task.WhenAll(
                Task.Run(() => reviewsA.MarkApprovedAsync("board", period, atA, CancellationToken.None)),
                Task.Run(() => reviewsB.MarkApprovedAsync("board", period, atB, CancellationToken.None)));

            // Both submitters see the one review that was stored, whichever of them stored it.
            Assert.Equal(Stored(submitted[0]), Stored(submitted[1]));
            Assert.Equal(ReviewState.Pending, submitted[0].State);
            Assert.Equal(submitted[0].DraftItemId == "item-A" ? "/r/a.docx" : "/r/b.docx", Assert.Single(submitted[0].SourceFiles));
            Assert.Single(approved, true);
            var review = await reviewsA.FindAsync("board", period, CancellationToken.None);
            Assert.Equal((ReviewState.Approved, (DateTimeOffset?)(approved[0] ? atA : atB)), (review!.State, review.ApprovedAt));
            Assert.False(await reviewsB.MarkApprovedAsync("board", period, At.AddHours(3), CancellationToken.None));
        }

        using var raw = folder.OpenRawConnection();
        Assert.Equal(
            [Periods.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            RawSql.Rows(raw, "SELECT count(*) FROM report_reviews WHERE state = 'Approved'").Select(r => r[0]));
        Assert.Empty(await reviewsB.AwaitingAsync(CancellationToken.None));
    }

    private static (string, string, ReviewState, DateTimeOffset, string) Stored(ReportReview review) =>
        (review.DraftItemId, review.DraftPath, review.State, review.SubmittedAt, string.Join('|', review.SourceFiles));

    private static LibraryDraft Draft(string node) => new($"item-{node}", $"Review/{node}.docx", null);
}
