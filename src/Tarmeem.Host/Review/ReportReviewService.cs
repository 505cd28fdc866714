using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Store;
using Tarmeem.Core.Time;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Reports;
using Tarmeem.Store.Jobs;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Reporting.Word;
using Tarmeem.Reporting.Planning;
using Tarmeem.Store.Review;

namespace Tarmeem.Host.Review;

/// <summary>
/// Review before delivery: a reviewed kind's Word report is filed as a draft in the library's review folder and the
/// reviewers are mailed its Word-for-the-web link and a one-time approval link. On approval (the page or
/// <c>tarmeem report approve</c>) the edited file is downloaded and checked (<see cref="DraftCheck"/>); refused, the
/// reviewers are told what to fix and nothing is sent; passed, it is converted to PDF and delivered as any report
/// (<see cref="ReportDeliveryService"/>, effectively once), which files the final copy. Approving twice delivers once.
/// </summary>
internal sealed class ReportReviewService(
    ReportDeliveryService delivery,
    IReportLibrary library,
    MailOnce once,
    IStoreFactory stores,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    BusinessCalendar calendar,
    IJobLock locks,
    ILogger<ReportReviewService> logger)
{
    /// <summary>The reviewers' mails' kind in the delivery log, beside the reports' and the alerts'.</summary>
    public const string ReviewMailKind = "review";

    /// <summary>Delivers the report, or for a reviewed kind files it for review; <c>--force</c> delivers as given.</summary>
    public async Task<DeliveryResult> DeliverOrSubmitAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Force || !options.Value.IsReviewed(request.Kind)
            ? await delivery.DeliverAsync(request, cancellationToken)
            : await SubmitAsync(request, cancellationToken);
    }

    public async Task<ReportReview?> FindAsync(ReportKind kind, ReportPeriod period, CancellationToken cancellationToken)
    {
        await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
        return await store.Reviews.FindAsync(ReportPlan.KindName(kind), period.ToString(), cancellationToken);
    }

    public async Task<ReportReview?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
        return await store.Reviews.FindByTokenAsync(Hash(token), cancellationToken);
    }

    public IReadOnlyList<string> RecipientsFor(ReportReview review) => [.. options.Value.RecipientsFor(KindOf(review))];

    public async Task<ReviewOutcome> ApproveByTokenAsync(string token, CancellationToken cancellationToken) =>
        await FindByTokenAsync(token, cancellationToken) is { } review
            ? await ApproveAsync(KindOf(review), ReportPeriod.Parse(review.Period), cancellationToken)
            : throw new DeliveryFailedException("This approval link is not valid (or a newer one replaced it): use the link in the latest review e-mail.");

    /// <summary>
    /// Approves, checks and delivers; an approval whose delivery was interrupted is resumed; a second approval delivers
    /// nothing more. One approval at a time across every node (a double click, the page on two nodes, the command):
    /// another one under way is <see cref="JobLockBusyException"/>, so two never both check the draft and mail its findings.
    /// </summary>
    public async Task<ReviewOutcome> ApproveAsync(ReportKind kind, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var held = await locks.AcquireForHandRunAsync(JobLocks.ReviewApproval, cancellationToken);
        return await ApproveOnceAsync(kind, period, cancellationToken);
    }

    private async Task<ReviewOutcome> ApproveOnceAsync(ReportKind kind, ReportPeriod period, CancellationToken cancellationToken)
    {
        var kindName = ReportPlan.KindName(kind);
        await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
        var review = await store.Reviews.FindAsync(kindName, period.ToString(), cancellationToken)
            ?? throw new DeliveryFailedException($"No {kindName} report for {period} is under review: it is filed for review when it is delivered (tarmeem report --kind {kindName} --period {period} --deliver).");
        if (review.State == ReviewState.Delivered)
        {
            return new ReviewOutcome(DeliveryStatus.AlreadyDelivered, review, $"The {kindName} report for {period} was already approved and delivered; nothing is sent again.");
        }

        await store.Reviews.MarkApprovedAsync(kindName, period.ToString(), time.GetUtcNow(), cancellationToken);
        var source = review.SourceFiles.First(IsWord);
        var edited = Path.Combine(Path.GetDirectoryName(source)!, "reviewed", Path.GetFileName(source));
        var draft = new LibraryItem(review.DraftItemId, review.DraftPath, review.DraftUrl);
        await library.DownloadAsync(draft, edited, cancellationToken);
        var findings = DraftCheck.Check(File.Exists(source) ? source : null, edited, new Regex(options.Value.CaseNumberPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        if (findings.Count > 0)
        {
            await store.Reviews.MarkRefusedAsync(kindName, period.ToString(), string.Join('\n', findings), cancellationToken);
            var refused = (await store.Reviews.FindAsync(kindName, period.ToString(), cancellationToken))!;
            await MailFindingsAsync(store, refused, findings, cancellationToken);
            ReviewLog.Refused(logger, kindName, period.ToString(), findings.Count);
            return new ReviewOutcome(DeliveryStatus.Refused, refused, string.Create(
                CultureInfo.InvariantCulture,
                $"The {kindName} report for {period} was not sent: the check found {findings.Count} thing(s) to fix in the draft; the reviewers were mailed what, in Arabic. Approve again once it is fixed."));
        }

        // The approved text as Microsoft 365 renders it: the PDF is converted from the reviewed draft itself.
        var pdf = edited + ".pdf";
        await library.DownloadPdfAsync(draft, pdf, cancellationToken);
        var files = new List<string> { edited, pdf };
        files.AddRange(review.SourceFiles.Where(f => !IsWord(f)));
        var result = await delivery.DeliverAsync(new DeliveryRequest(kind, period, files), cancellationToken);
        await store.Reviews.MarkDeliveredAsync(kindName, period.ToString(), time.GetUtcNow(), cancellationToken);
        return new ReviewOutcome(result.Status, (await store.Reviews.FindAsync(kindName, period.ToString(), cancellationToken))!, result.Message);
    }

    /// <summary>One reminder for each review not approved within <see cref="DeliveryOptions.ReviewReminderAfter"/> of its mail.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
        var now = time.GetUtcNow();
        var reminded = 0;
        foreach (var review in await store.Reviews.AwaitingAsync(cancellationToken))
        {
            if (review is { RemindedAt: null, MailedAt: { } mailed } && mailed + options.Value.ReviewReminderAfter <= now)
            {
                await MailReviewersAsync(store, review, "Reminder", cancellationToken);
                await store.Reviews.MarkRemindedAsync(review.Kind, review.Period, now, cancellationToken);
                reminded++;
            }
        }

        return reminded;
    }

    /// <summary>Approvals whose delivery a crash interrupted, delivered now (the delivery log keeps it to once).</summary>
    public async Task<int> FinishApprovedAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<ReportReview> approved;
        await using (var store = await stores.OpenAsync(StoreArea.Live, cancellationToken))
        {
            approved = await store.Reviews.ApprovedUndeliveredAsync(cancellationToken);
        }

        await using var held = await locks.TryAcquireAsync(JobLocks.ReviewApproval, cancellationToken);
        if (held is null)
        {
            // An approval under way on another node delivers what it approved.
            return 0;
        }

        foreach (var review in approved)
        {
            await ApproveOnceAsync(KindOf(review), ReportPeriod.Parse(review.Period), cancellationToken);
        }

        return approved.Count;
    }

    private async Task<DeliveryResult> SubmitAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var kindName = ReportPlan.KindName(request.Kind);
        var period = request.Period.ToString();
        await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
        var review = await store.Reviews.FindAsync(kindName, period, cancellationToken);
        if (review is { State: ReviewState.Delivered })
        {
            return await delivery.DeliverAsync(request, cancellationToken);
        }

        if (review is null)
        {
            var word = request.Files.FirstOrDefault(IsWord)
                ?? throw new DeliveryFailedException(
                    $"The {kindName} report for {period} is reviewed in Word before it goes out, but no .docx was written: add Docx to Tarmeem:Schedule:ReportFormats (or --format for tarmeem report).");
            var folder = ReportDeliveryService.LibraryFolder(settings.ReviewFolder, request.Period);
            var draft = await library.UploadAsync(folder, word, cancellationToken);
            review = await store.Reviews.SubmitAsync(
                kindName, period, new LibraryDraft(draft.Id, draft.Path, draft.WebUrl), Hash(NewToken()), [.. request.Files.Select(Path.GetFullPath)], time.GetUtcNow(), cancellationToken);
        }

        if (review.MailedAt is null)
        {
            await MailReviewersAsync(store, review, "Submitted", cancellationToken);
            await store.Reviews.MarkMailedAsync(kindName, period, time.GetUtcNow(), cancellationToken);
        }

        var since = calendar.LocalDateTime(review.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new DeliveryResult(DeliveryStatus.AwaitingReview, null, review.SourceFiles, string.Create(
            CultureInfo.InvariantCulture,
            $"The {kindName} report for {period} awaits review since {since} (Riyadh time): the draft is in the library ({review.DraftPath}) and {settings.Reviewers.Count} reviewer(s) were mailed; nothing goes to the {RecipientsFor(review).Count} recipient(s) before approval (the approval page, or tarmeem report approve --kind {kindName} --period {period})."));
    }

    /// <summary>
    /// The submission's mail and the reminder, each once however often it is tried: recorded in the delivery log (kind
    /// <c>review</c>) and sent through <see cref="MailOnce"/>, so a send that Graph answered 504 after doing it, or a run
    /// stopped before <c>MarkMailed</c>, is found in the mailbox instead of sent again with a second link.
    /// </summary>
    private async Task MailReviewersAsync(StoreSession store, ReportReview review, string why, CancellationToken cancellationToken)
    {
        var key = $"{review.Kind}:{review.Period}:{why}";
        var intent = await store.Deliveries.IntendAsync(ReviewMailKind, key, time.GetUtcNow(), options.Value.Reviewers.Count, [], again: false, cancellationToken);
        if (!intent.IsDelivered)
        {
            var found = await once.SendAsync(store, intent, (tag, ct) => ComposeAsync(store, review, why, [], tag, ct), cancellationToken);
            await store.Deliveries.CompleteAsync(ReviewMailKind, key, time.GetUtcNow(), [], null, cancellationToken);
            if (found)
            {
                ReviewLog.FoundSent(logger, review.Kind, review.Period, why);
            }
            else
            {
                ReviewLog.Mailed(logger, review.Kind, review.Period, why, options.Value.Reviewers.Count);
            }
        }
    }

    /// <summary>
    /// What the check found, once per approval that found it: a send without a clear answer is looked for at once; a
    /// later approval is a new request and gets its own mail.
    /// </summary>
    private async Task MailFindingsAsync(StoreSession store, ReportReview review, IReadOnlyList<string> findings, CancellationToken cancellationToken)
    {
        const string Why = "Refused";
        var tag = string.Create(CultureInfo.InvariantCulture, $"review:{review.Kind}:{review.Period}:{Why}:{time.GetUtcNow().ToUnixTimeMilliseconds()}");
        var mail = await ComposeAsync(store, review, Why, findings, tag, cancellationToken);
        await once.SendOrFindAsync(mail, ReviewMailKind, $"{review.Kind}:{review.Period}:{Why}", cancellationToken);
        ReviewLog.Mailed(logger, review.Kind, review.Period, Why, options.Value.Reviewers.Count);
    }

    /// <summary>Each reviewer mail carries a fresh one-time link, issued only for a mail about to go; the one before it stops working.</summary>
    private async Task<ReportMail> ComposeAsync(
        StoreSession store, ReportReview review, string why, IReadOnlyList<string> findings, string tag, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var token = NewToken();
        await store.Reviews.ReplaceTokenAsync(review.Kind, review.Period, Hash(token), cancellationToken);
        var approveUrl = settings.ApprovalBaseUrl.TrimEnd('/') + "/review/" + token;
        return ReviewMailComposer.Compose(
            why, KindOf(review), ReportPeriod.Parse(review.Period), findings, review.DraftUrl, approveUrl, RecipientsFor(review).Count,
            [.. settings.Reviewers], tag, calendar.LocalDateTime(review.MailedAt ?? review.SubmittedAt));
    }

    private static ReportKind KindOf(ReportReview review) =>
        review.Kind == ReportPlan.KindName(ReportKind.Board) ? ReportKind.Board : ReportKind.Management;

    private static bool IsWord(string file) => string.Equals(Path.GetExtension(file), ".docx", StringComparison.OrdinalIgnoreCase);

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
