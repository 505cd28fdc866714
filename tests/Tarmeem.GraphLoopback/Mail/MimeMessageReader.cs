using System.Text.Json.Nodes;
using MimeKit;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>
/// Turns the body of a create-from-MIME request (<c>Content-Type: text/plain</c>, the MIME in base64) into the message
/// Exchange would store: subject and addresses decoded, the HTML part as the body (else the plain one), <c>X-</c>
/// headers as <c>internetMessageHeaders</c>, Message-ID as <c>internetMessageId</c>, attachments as file attachments.
/// The plain part is kept under <see cref="MessageJson.PlainTextKey"/> for tests, with "\n" line breaks whatever the
/// transfer encoding gave; Graph itself never shows it.
/// </summary>
internal static class MimeMessageReader
{
    private const int PreviewLength = 255;

    /// <summary>The message, or null when the body is not base64 or holds no MIME message.</summary>
    public static JsonObject? Read(ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        var decoded = new byte[(body.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(System.Text.Encoding.ASCII.GetString(body), decoded, out var length) || length == 0)
        {
            return null;
        }

        MimeMessage mime;
        try
        {
            using var stream = new MemoryStream(decoded, 0, length, writable: false);
            mime = MimeMessage.Load(stream);
        }
        catch (FormatException)
        {
            return null;
        }

        var html = mime.HtmlBody;
        var text = mime.TextBody?.ReplaceLineEndings("\n");
        var message = new JsonObject
        {
            ["subject"] = mime.Subject ?? string.Empty,
            ["bodyPreview"] = text is null ? string.Empty : text.Length > PreviewLength ? text[..PreviewLength] : text,
            ["importance"] = "normal",
            ["body"] = new JsonObject { ["contentType"] = html is null ? "text" : "html", ["content"] = html ?? text ?? string.Empty },
            ["toRecipients"] = Recipients(mime.To),
            ["ccRecipients"] = Recipients(mime.Cc),
            ["bccRecipients"] = Recipients(mime.Bcc),
            ["internetMessageHeaders"] = new JsonArray(mime.Headers
                .Where(h => h.Field.StartsWith("X-", StringComparison.OrdinalIgnoreCase))
                .Select(h => (JsonNode)new JsonObject { ["name"] = h.Field, ["value"] = h.Value })
                .ToArray()),
            [MessageJson.PlainTextKey] = text,
        };
        if (mime.From.Mailboxes.FirstOrDefault() is { } from)
        {
            message["from"] = MessageJson.Address(from.Address, string.IsNullOrEmpty(from.Name) ? null : from.Name);
            message["sender"] = message["from"]!.DeepClone();
        }

        if (!string.IsNullOrEmpty(mime.MessageId))
        {
            message["internetMessageId"] = "<" + mime.MessageId + ">";
        }

        foreach (var part in mime.Attachments.OfType<MimePart>())
        {
            using var content = new MemoryStream();
            part.Content?.DecodeTo(content);
            AttachmentJson.Append(message, AttachmentJson.File(part.FileName ?? "attachment", part.ContentType.MimeType, content.ToArray(), isInline: false, part.ContentId, now));
        }

        return message;
    }

    private static JsonArray Recipients(InternetAddressList list) =>
        new(list.Mailboxes.Select(m => (JsonNode)MessageJson.Address(m.Address, string.IsNullOrEmpty(m.Name) ? null : m.Name)).ToArray());
}
