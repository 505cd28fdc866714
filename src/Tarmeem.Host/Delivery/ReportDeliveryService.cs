using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Store;
using Tarmeem.Core.Time;
using Tarmeem.Host.Reports;
using Tarmeem.Reporting.Word;
using Tarmeem.Reporting.Planning;
using Tarmeem.Store.Delivery;

namespace Tarmeem.Host.Delivery;

/// <summary>
/// Delivers a written report effectively once: records the delivery as intended (with the tag its e-mail will carry)
/// before anything else, files a copy in the document library (<c>{folder}/{year}/{period}/</c>; a file already there
/// unchanged is kept), optionally adds a PDF converted by Microsoft 365, e-mails the files to the kind's recipients and
/// marks the delivery done. The e-mail goes through <see cref="MailOnce"/>, so a delivery begun before (a crash, an
/// unknown outcome) is found in the mailbox instead of sent twice. A (kind, period) already delivered is refused unless
/// forced. Knows nothing of what starts it (the scheduler, a command).
/// </summary>
internal sealed class ReportDeliveryService(
    MailOnce once,
    IReportLibrary library,
    ReportEmailComposer composer,
    IStoreFactory stores,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    BusinessCalendar calendar,
    ILogger<ReportDeliveryService> logger)
{
    /// <summary>The log's row for a (kind, period) in any state, or null when no delivery of it ever began.</summary>
    public async Task<ReportDelivery?> FindAsync(ReportKind kind, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
        var (kindName, periodName) = ReportPlan.DeliveryKey(kind, period);
        return await store.Deliveries.FindAsync(kindName, periodName, cancellationToken);
    }

    /// <summary>Report deliveries begun and not known to have finished, oldest first (the alerts' and the reviewers' mails share the log and are not reports).</summary>
    public async Task<IReadOnlyList<ReportDelivery>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
        return [.. (await store.Deliveries.UnfinishedAsync(cancellationToken)).Where(d => IsReport(d.Kind))];
    }

    /// <summary>True for a report's row of the delivery log; the alerts' and the reviewers' mails have rows of their own kinds.</summary>
    public static bool IsReport(string kind) =>
        kind == ReportPlan.KindName(ReportKind.Management) || kind == ReportPlan.KindName(ReportKind.Board);

    public async Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        var (kind, period) = ReportPlan.DeliveryKey(request.Kind, request.Period);
        await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
        if (!request.Force && await store.Deliveries.FindAsync(kind, period, cancellationToken) is { IsDelivered: true } earlier)
        {
            var at = earlier.DeliveredAt!.Value;
            DeliveryLogMessages.AlreadyDelivered(logger, kind, period, at);
            return new DeliveryResult(DeliveryStatus.AlreadyDelivered, earlier, earlier.Files, string.Create(
                CultureInfo.InvariantCulture,
                $"The {kind} report for {period} was already delivered on {calendar.LocalDateTime(at):yyyy-MM-dd HH:mm} (Riyadh time) to {earlier.Recipients} recipients; it is not sent again. To send it once more, deliver it with --force."));
        }

        var recipients = settings.RecipientsFor(request.Kind).ToList();
        if (recipients.Count == 0)
        {
            throw new DeliveryFailedException(
                $"No recipient is configured for the {kind} report: list addresses in {DeliveryOptions.Section}:{(request.Kind == ReportKind.Board ? "BoardRecipients" : "ManagementRecipients")}.");
        }

        var missing = request.Files.Where(f => !File.Exists(f)).ToList();
        if (request.Files.Count == 0 || missing.Count > 0)
        {
            throw new DeliveryFailedException(
                $"The {kind} report for {period} cannot be delivered: {(missing.Count > 0 ? "missing file(s) " + string.Join(", ", missing) : "no file was given")}. Write the report first (tarmeem report).");
        }

        var files = request.Files.Select(Path.GetFullPath).ToList();
        var intent = await store.Deliveries.IntendAsync(kind, period, time.GetUtcNow(), recipients.Count, files, request.Force, cancellationToken);
        if (intent.IsDelivered)
        {
            // Another process finished it between the check above and now.
            return new DeliveryResult(DeliveryStatus.AlreadyDelivered, intent, intent.Files, $"The {kind} report for {period} was delivered meanwhile by another run; it is not sent again.");
        }

        var libraryFolder = string.IsNullOrWhiteSpace(settings.DriveId) ? null : LibraryFolder(settings.LibraryFolder, request.Period);
        string? libraryUrl = null;
        if (libraryFolder is not null)
        {
            var filed = await FileAsync(libraryFolder, files, settings.ConvertToPdf, cancellationToken);
            libraryUrl = FolderUrl(filed[0].WebUrl);
        }

        var mail = composer.Compose(request.Kind, request.Period, files, recipients, libraryUrl, intent.MailTag);
        var recovered = await once.SendAsync(store, intent, (_, _) => Task.FromResult(mail), cancellationToken);
        var record = await store.Deliveries.CompleteAsync(
            kind, period, time.GetUtcNow(), [.. files.Select(Path.GetFileName).OfType<string>()], libraryFolder, cancellationToken);
        DeliveryLogMessages.Delivered(logger, kind, period, record.Deliveries);
        return new DeliveryResult(DeliveryStatus.Delivered, record, files, string.Create(
            CultureInfo.InvariantCulture,
            $"{(recovered ? "Found the e-mail of an interrupted delivery already sent: recorded" : "Delivered")} the {kind} report for {period} to {recipients.Count} recipients ({files.Count} files){(libraryFolder is null ? "" : " and filed it in " + libraryFolder)}."));
    }

    /// <summary>The library folder of a period: <c>{base}/{year}/{period}</c>, e.g. <c>Quality reports/2026/2026-10</c>.</summary>
    public static string LibraryFolder(string baseFolder, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(baseFolder);
        ArgumentNullException.ThrowIfNull(period);
        var name = period.ToString().Replace("..", "_to_", StringComparison.Ordinal);
        var year = period.Start.Year.ToString(CultureInfo.InvariantCulture);
        return string.Join('/', new[] { baseFolder.Trim('/'), year, name }.Where(p => p.Length > 0));
    }

    /// <summary>
    /// Files every document; with PDF on, adds a converted PDF of each Word and Excel file beside the local one (and
    /// in the list). A source the library already held unchanged keeps the PDF converted from it before.
    /// </summary>
    private async Task<List<LibraryItem>> FileAsync(string folder, List<string> files, bool convertToPdf, CancellationToken cancellationToken)
    {
        var filed = new List<LibraryItem>();
        foreach (var file in files.ToList())
        {
            var item = await library.UploadAsync(folder, file, cancellationToken);
            filed.Add(item);
            if (!convertToPdf || string.Equals(Path.GetExtension(file), ".pdf", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A sheet and a document of one period share a stem, so the PDF keeps the source's extension in its name.
            var pdf = file + ".pdf";
            if (!item.AlreadyThere || !File.Exists(pdf))
            {
                await library.DownloadPdfAsync(item, pdf, cancellationToken);
            }

            filed.Add(await library.UploadAsync(folder, pdf, cancellationToken));
            if (!files.Contains(pdf))
            {
                files.Add(pdf);
            }
        }

        return filed;
    }

    private static string? FolderUrl(string? fileUrl) =>
        fileUrl is null || fileUrl.LastIndexOf('/') is var slash && slash < 0 ? fileUrl : fileUrl[..slash];
}
