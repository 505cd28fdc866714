using MimeKit;
using Tarmeem.Host.Delivery;

namespace Tarmeem.Host.SampleMode;

/// <summary>The report sender of <c>serve --sample</c> (reports, review requests, morning alerts): one <c>.eml</c> file per message.</summary>
internal sealed class FileReportMailer(string directory, TimeProvider time) : IReportMailer
{
    private readonly EmlFolder folder = new(directory);

    public async Task SendAsync(ReportMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var body = new BodyBuilder { HtmlBody = mail.HtmlBody };
        foreach (var file in mail.Attachments)
        {
            await body.Attachments.AddAsync(file, cancellationToken);
        }

        using var message = new MimeMessage { Subject = mail.Subject, Date = time.GetUtcNow(), Body = body.ToMessageBody() };
        message.From.Add(MailboxAddress.Parse(SampleSettings.ReportMailbox));
        message.To.AddRange(mail.Recipients.Select(MailboxAddress.Parse));
        message.Headers.Add(EmlFolder.TagHeader, mail.Tag);
        // The tag's first two parts name the file: report-management, report-alert, review-board.
        await folder.WriteAsync(message, EmlFolder.NameFor(time, string.Join('-', mail.Tag.Split(':').Take(2))), cancellationToken);
    }

    public async Task<bool> WasSentAsync(string tag, CancellationToken cancellationToken) =>
        (await folder.FindAsync(tag, cancellationToken)).Count > 0;

    /// <summary>Nothing to discard: a message is written whole or not at all.</summary>
    public Task<int> DiscardDraftsAsync(string tag, CancellationToken cancellationToken) => Task.FromResult(0);
}
