using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Store;
using Tarmeem.Core.Time;
using Tarmeem.Host.Reports;
using Tarmeem.Reporting.Planning;

namespace Tarmeem.Host.Delivery;

/// <summary>
/// Delivers a written report: files a copy in the document library (<c>{folder}/{year}/{period}/</c>), optionally
/// adds a PDF converted by Microsoft 365, e-mails the files to the kind's recipients and records the delivery.
/// A (kind, period) already in the delivery log is refused unless forced, so a re-run or a catch-up never sends twice.
/// Knows nothing of what starts it (the scheduler, a command).
/// </summary>
public sealed class ReportDeliveryService(
    IReportMailer mailer,
    IReportLibrary library,
    ReportEmailComposer composer,
    OperationsStoreFactory stores,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    BusinessCalendar calendar,
    ILogger<ReportDeliveryService> logger)
{
    /// <summary>The log entry for a (kind, period), or null when it was never delivered.</summary>
    public async Task<ReportDelivery?> FindAsync(Tarmeem.Reporting.Word.ReportKind kind, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (kindName, periodName) = ReportPlan.DeliveryKey(kind, period);
        await using var store = await stores.OpenAsync(cancellationToken);
        return await store.Deliveries.FindAsync(kindName, periodName, cancellationToken);
    }

    public async Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        var (kind, period) = ReportPlan.DeliveryKey(request.Kind, request.Period);
        await using var store = await stores.OpenAsync(cancellationToken);
        if (!request.Force && await store.Deliveries.FindAsync(kind, period, cancellationToken) is { } earlier)
        {
            DeliveryLogMessages.AlreadyDelivered(logger, kind, period, earlier.DeliveredAt);
            return new DeliveryResult(DeliveryStatus.AlreadyDelivered, earlier, earlier.Files, string.Create(
                CultureInfo.InvariantCulture,
                $"The {kind} report for {period} was already delivered on {calendar.LocalDateTime(earlier.DeliveredAt):yyyy-MM-dd HH:mm} (Riyadh time) to {earlier.Recipients} recipients; it is not sent again. To send it once more, deliver it with --force."));
        }

        var recipients = settings.RecipientsFor(request.Kind).ToList();
        if (recipients.Count == 0)
        {
            throw new DeliveryFailedException(
                $"No recipient is configured for the {kind} report: list addresses in {DeliveryOptions.Section}:{(request.Kind == Tarmeem.Reporting.Word.ReportKind.Board ? "BoardRecipients" : "ManagementRecipients")}.");
        }

        var missing = request.Files.Where(f => !File.Exists(f)).ToList();
        if (request.Files.Count == 0 || missing.Count > 0)
        {
            throw new DeliveryFailedException(
                $"The {kind} report for {period} cannot be delivered: {(missing.Count > 0 ? "missing file(s) " + string.Join(", ", missing) : "no file was given")}. Write the report first (tarmeem report).");
        }

        var files = request.Files.ToList();
        string? folder = null;
        string? libraryUrl = null;
        if (!string.IsNullOrWhiteSpace(settings.DriveId))
        {
            folder = LibraryFolder(settings.LibraryFolder, request.Period);
            var filed = await FileAsync(folder, files, settings.ConvertToPdf, cancellationToken);
            libraryUrl = FolderUrl(filed[0].WebUrl);
        }

        var mail = composer.Compose(request.Kind, request.Period, files, recipients, libraryUrl);
        await mailer.SendAsync(mail, cancellationToken);
        var record = await store.Deliveries.RecordAsync(
            kind, period, time.GetUtcNow(), recipients.Count, [.. files.Select(Path.GetFileName).OfType<string>()], folder, cancellationToken);
        DeliveryLogMessages.Delivered(logger, kind, period, record.Deliveries);
        return new DeliveryResult(DeliveryStatus.Delivered, record, files, string.Create(
            CultureInfo.InvariantCulture,
            $"Delivered the {kind} report for {period} to {recipients.Count} recipients ({files.Count} files){(folder is null ? "" : " and filed it in " + folder)}."));
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

    /// <summary>Files every document; with PDF on, adds a converted PDF of each Word and Excel file beside the local one (and in the list).</summary>
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
            await library.DownloadPdfAsync(item, pdf, cancellationToken);
            filed.Add(await library.UploadAsync(folder, pdf, cancellationToken));
            files.Add(pdf);
        }

        return filed;
    }

    private static string? FolderUrl(string? fileUrl) =>
        fileUrl is null || fileUrl.LastIndexOf('/') is var slash && slash < 0 ? fileUrl : fileUrl[..slash];
}
