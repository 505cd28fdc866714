using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Store;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Store.Jobs;
using Tarmeem.Store.Review;
using static Tarmeem.Host.Tests.Scheduling.OperationsHarness;

namespace Tarmeem.Host.Tests.Review;

public sealed class ReviewReminderTests
{
    [Fact]
    public async Task RemindReviewersAsync_DraftNotApprovedInTime_OneReminderWithANewLinkThenNoMore()
    {
        await using var h = Create(Riyadh(2026, 10, 1, 9));
        var delivery = h.Services.GetRequiredService<IOptions<DeliveryOptions>>().Value;
        delivery.Reviewers.Add("reviewer@tarmeem.example");
        delivery.ApprovalBaseUrl = "https://tarmeem.example/";
        await using (var store = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout()))
        {
            await store.Reviews.SubmitAsync(
                "board", "2026-Q3", new LibraryDraft("01ITEM", "Review/2026/2026-Q3/tarmeem-board-2026-Q3.docx", "https://example.sharepoint.com/d.docx"),
                "hash-of-the-first-link", ["/reports/tarmeem-board-2026-Q3.docx"], h.Clock.GetUtcNow(), SyncHarness.Timeout());
            await store.Reviews.MarkMailedAsync("board", "2026-Q3", h.Clock.GetUtcNow(), SyncHarness.Timeout());
        }

        h.Clock.Advance(TimeSpan.FromDays(1));
        var early = await h.Reports.RemindReviewersAsync(SyncHarness.Timeout());
        h.Clock.Advance(TimeSpan.FromDays(1));
        var due = await h.Reports.RemindReviewersAsync(SyncHarness.Timeout());
        h.Clock.Advance(TimeSpan.FromDays(3));
        var later = await h.Reports.RemindReviewersAsync(SyncHarness.Timeout());

        Assert.Equal((JobOutcome.Skipped, JobOutcome.Succeeded, JobOutcome.Skipped), (early.Outcome, due.Outcome, later.Outcome));
        var reminder = Assert.Single(h.Mailer.Sent);
        Assert.Equal(["reviewer@tarmeem.example"], reminder.Recipients);
        Assert.StartsWith("تذكير بمراجعة مسودة: ", reminder.Subject, StringComparison.Ordinal);
        Assert.Contains("منذ إرسالها للمراجعة في ٢٠٢٦/١٠/٠١", reminder.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://tarmeem.example/review/", reminder.HtmlBody, StringComparison.Ordinal);
        await using var after = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout());
        Assert.Null(await after.Reviews.FindByTokenAsync("hash-of-the-first-link", SyncHarness.Timeout()));
        Assert.NotNull((await after.Reviews.FindAsync("board", "2026-Q3", SyncHarness.Timeout()))!.RemindedAt);
    }
}
