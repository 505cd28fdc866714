using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using AttachmentSessionBody = Microsoft.Graph.Users.Item.Messages.Item.Attachments.CreateUploadSession.CreateUploadSessionPostRequestBody;

namespace Tarmeem.Host.Delivery;

/// <summary>
/// Sends a report e-mail through Graph from the configured mailbox. Attachments under Graph's 3 MB in total travel
/// inside one sendMail when the whole request, base64 included, stays under Outlook's 4 MB; otherwise the message is
/// made as a draft, each file whose request fits is added to it directly and each larger one through an attachment
/// upload session, and the draft is then sent. Either way the message carries its delivery's tag (an extended property
/// and a Message-ID made from it), by which <see cref="WasSentAsync"/> finds it in the Outbox or Sent Items after a crash
/// or an answer that leaves the outcome unknown.
/// </summary>
internal sealed class GraphReportMailer(
    GraphServiceClient client, UploadSessionClient uploads, IOptions<DeliveryOptions> options, ILogger<GraphReportMailer> logger) : IReportMailer
{
    /// <summary>Room for the JSON around the content: subject, recipients, file names, property names. Generous on purpose.</summary>
    private const int EnvelopeBytes = 16 * 1024;

    public async Task SendAsync(ReportMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        var sender = client.Users[settings.Sender];
        var total = mail.Attachments.Sum(f => new FileInfo(f).Length);
        var tagged = new TaggedReportMessages(client, settings.Sender);
        var message = Message(mail, tagged.MessageIdFor(mail.Tag));

        if (total < settings.InlineAttachmentLimitBytes && FitsInOneRequest(total, Encoding.UTF8.GetByteCount(mail.HtmlBody)))
        {
            message.Attachments = [.. await Task.WhenAll(mail.Attachments.Select(f => InlineAsync(f, cancellationToken)))];
            await GraphCall.RunAsync($"Sending the report e-mail from {settings.Sender}", () => sender.SendMail.PostAsync(
                new SendMailPostRequestBody { Message = message, SaveToSentItems = true }, cancellationToken: cancellationToken));
            DeliveryLogMessages.MailSent(logger, mail.Recipients.Count, mail.Attachments.Count, total, "sendMail");
            return;
        }

        var draft = await GraphCall.RunAsync($"Creating the report e-mail as a draft in {settings.Sender}", () => sender.Messages.PostAsync(message, cancellationToken: cancellationToken));
        var draftId = draft?.Id ?? throw new DeliveryFailedException($"Creating the report e-mail as a draft in {settings.Sender}: Microsoft 365 returned no message id.");
        var attachments = sender.Messages[draftId].Attachments;
        foreach (var file in mail.Attachments)
        {
            var name = Path.GetFileName(file);
            var length = new FileInfo(file).Length;
            if (length < DeliveryOptions.GraphInlineLimit && FitsInOneRequest(length, 0))
            {
                var inline = await InlineAsync(file, cancellationToken);
                await GraphCall.RunAsync($"Attaching {name} to the draft", () => attachments.PostAsync(inline, cancellationToken: cancellationToken));
                continue;
            }

            var session = await GraphCall.RunAsync($"Opening an attachment upload session for {name}", () => attachments.CreateUploadSession.PostAsync(
                new AttachmentSessionBody
                {
                    AttachmentItem = new AttachmentItem { AttachmentType = AttachmentType.File, Name = name, Size = length, ContentType = ReportContentTypes.For(file) },
                },
                cancellationToken: cancellationToken));
            var url = session?.UploadUrl ?? throw new DeliveryFailedException($"Opening an attachment upload session for {name}: Microsoft 365 returned no upload URL.");
            await using var stream = File.OpenRead(file);
            await uploads.UploadAsync(new Uri(url), stream, settings.UploadChunkBytes, $"the attachment {name}", cancellationToken);
        }

        await GraphCall.RunAsync($"Sending the report e-mail drafted in {settings.Sender}", () => sender.Messages[draftId].Send.PostAsync(cancellationToken: cancellationToken));
        DeliveryLogMessages.MailSent(logger, mail.Recipients.Count, mail.Attachments.Count, total, "draft and upload sessions");
    }

    public async Task<bool> WasSentAsync(string tag, CancellationToken cancellationToken)
    {
        var tagged = new TaggedReportMessages(client, options.Value.Sender);

        // Outbox first: a message only ever moves from there to Sent Items, so looking in this order cannot miss one
        // that moves between the two looks.
        foreach (var folder in (string[])["outbox", "sentitems"])
        {
            if ((await tagged.FindAsync(folder, tag, cancellationToken)).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    public async Task<int> DiscardDraftsAsync(string tag, CancellationToken cancellationToken)
    {
        var sender = options.Value.Sender;
        var drafts = await new TaggedReportMessages(client, sender).FindAsync("drafts", tag, cancellationToken);
        foreach (var id in drafts)
        {
            await GraphCall.RunAsync($"Deleting a leftover report draft in {sender}", () => client.Users[sender].Messages[id].DeleteAsync(cancellationToken: cancellationToken));
        }

        return drafts.Count;
    }

    /// <summary>A file just under 3 MB is still over 4 MB once base64-encoded with the message around it.</summary>
    private static bool FitsInOneRequest(long attachmentBytes, int otherBytes) =>
        ((attachmentBytes + 2) / 3 * 4) + otherBytes + EnvelopeBytes <= DeliveryOptions.GraphRequestLimit;

    private static Message Message(ReportMail mail, string messageId) => new()
    {
        Subject = mail.Subject,
        InternetMessageId = messageId,
        SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = TaggedReportMessages.TagPropertyId, Value = mail.Tag }],
        Body = new ItemBody { ContentType = BodyType.Html, Content = mail.HtmlBody },
        ToRecipients = [.. mail.Recipients.Select(a => new Recipient { EmailAddress = new EmailAddress { Address = a } })],
    };

    private static async Task<Attachment> InlineAsync(string file, CancellationToken cancellationToken) => new FileAttachment
    {
        OdataType = "#microsoft.graph.fileAttachment",
        Name = Path.GetFileName(file),
        ContentType = ReportContentTypes.For(file),
        ContentBytes = await File.ReadAllBytesAsync(file, cancellationToken),
    };
}
