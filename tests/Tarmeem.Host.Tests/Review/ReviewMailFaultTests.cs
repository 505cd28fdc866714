using System.Text.RegularExpressions;
using Tarmeem.Core.Time;
using Tarmeem.GraphLoopback.Faults;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Review;
using Tarmeem.Host.Tests.Delivery;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Reporting.Word;
using Tarmeem.Store;

namespace Tarmeem.Host.Tests.Review;

/// <summary>
/// The reviewers' mails under the faults Microsoft 365 gives after doing the work and a process stopped between the
/// mail and the log: one mail each, and the link in it is the one that approves.
/// </summary>
public sealed partial class ReviewMailFaultTests
{
    private const string Reviewer = "reviewer@tarmeem.example";
    private static readonly ReportPeriod Quarter = ReportPeriod.Quarter(2026, 3);

    [Fact]
    public async Task DeliverOrSubmitAsync_GatewayTimeoutAfterTheReviewMailWent_OneMailWhoseLinkApproves()
    {
        await using var h = await StartAsync();
        var docx = h.File("tarmeem-board-2026-Q3.docx", 30_000);
        var fault = h.Server.Faults.Inject(MailFaultPaths.SendMail, AfterWorkFault.GatewayTimeout(), method: "POST");

        var first = await h.Review.DeliverOrSubmitAsync(new DeliveryRequest(ReportKind.Board, Quarter, [docx]), SyncHarness.Timeout());
        var again = await h.Review.DeliverOrSubmitAsync(new DeliveryRequest(ReportKind.Board, Quarter, [docx]), SyncHarness.Timeout());

        Assert.Equal(1, fault.Hits);
        Assert.Equal((DeliveryStatus.AwaitingReview, DeliveryStatus.AwaitingReview), (first.Status, again.Status));
        await AssertOneMailWhoseLinkApprovesAsync(h);
    }

    [Fact]
    public async Task DeliverOrSubmitAsync_StoppedAfterTheReviewMailBeforeTheLog_NextRunFindsItAndSendsNoSecondLink()
    {
        KilledAfterSend? killer = null;
        await using var h = await StartAsync(m => killer = new KilledAfterSend(m));
        var docx = h.File("tarmeem-board-2026-Q3.docx", 30_000);
        using var run = new CancellationTokenSource();
        killer!.Run = run;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => h.Review.DeliverOrSubmitAsync(new DeliveryRequest(ReportKind.Board, Quarter, [docx]), run.Token));
        var left = await h.Review.FindAsync(ReportKind.Board, Quarter, SyncHarness.Timeout());
        var next = await h.Review.DeliverOrSubmitAsync(new DeliveryRequest(ReportKind.Board, Quarter, [docx]), SyncHarness.Timeout());

        Assert.Null(left!.MailedAt);
        Assert.Equal(DeliveryStatus.AwaitingReview, next.Status);
        Assert.NotNull((await h.Review.FindAsync(ReportKind.Board, Quarter, SyncHarness.Timeout()))!.MailedAt);
        await AssertOneMailWhoseLinkApprovesAsync(h);
    }

    [Fact]
    public async Task RemindAsync_StoppedAfterTheReminderBeforeTheLog_NextRunSendsNoSecondReminder()
    {
        KilledAfterSend? killer = null;
        await using var h = await StartAsync(m => killer = new KilledAfterSend(m));
        var docx = h.File("tarmeem-board-2026-Q3.docx", 30_000);
        await h.Review.DeliverOrSubmitAsync(new DeliveryRequest(ReportKind.Board, Quarter, [docx]), SyncHarness.Timeout());
        h.Clock.Advance(h.Options.ReviewReminderAfter);
        using var run = new CancellationTokenSource();
        killer!.Run = run;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Review.RemindAsync(run.Token));
        var next = await h.Review.RemindAsync(SyncHarness.Timeout());
        var later = await h.Review.RemindAsync(SyncHarness.Timeout());

        Assert.Equal((1, 0), (next, later));
        Assert.Equal(2, h.Server.Mail.Sent.Count);
        var reminder = h.Server.Mail.Sent[^1];
        Assert.StartsWith("تذكير بمراجعة مسودة: ", reminder.Subject, StringComparison.Ordinal);
        Assert.NotNull(await h.Review.FindByTokenAsync(LinkToken(reminder), SyncHarness.Timeout()));
        await using var store = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout());
        Assert.Empty(await store.Deliveries.UnfinishedAsync(SyncHarness.Timeout()));
    }

    private static Task<DeliveryHarness> StartAsync(Func<IReportMailer, IReportMailer>? wrapMailer = null) =>
        DeliveryHarness.StartAsync(
            o =>
            {
                o.Reviewers.Add(Reviewer);
                o.ApprovalBaseUrl = "https://tarmeem.example/";
            },
            wrapMailer);

    private static async Task AssertOneMailWhoseLinkApprovesAsync(DeliveryHarness h)
    {
        var mail = Assert.Single(h.Server.Mail.Sent);
        Assert.Equal([Reviewer], mail.Recipients);
        var review = await h.Review.FindByTokenAsync(LinkToken(mail), SyncHarness.Timeout());
        Assert.Equal(("board", "2026-Q3"), (review?.Kind, review?.Period));
        await using var store = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout());
        Assert.Empty(await store.Deliveries.UnfinishedAsync(SyncHarness.Timeout()));
    }

    private static string LinkToken(GraphLoopback.Mail.SentMailRecord mail) =>
        ApprovalLink().Match(mail.BodyContent ?? "") is { Success: true } link ? link.Groups[1].Value : throw new Xunit.Sdk.XunitException("No approval link in the mail.");

    [GeneratedRegex(@"https://tarmeem\.example/review/([A-Za-z0-9_-]+)")]
    private static partial Regex ApprovalLink();
}
