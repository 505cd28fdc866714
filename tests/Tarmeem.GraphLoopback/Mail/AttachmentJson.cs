using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.SharePoint;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>File attachments as Exchange stores and returns them, and the checks it makes on a posted one.</summary>
internal static class AttachmentJson
{
    public const string FileType = "#microsoft.graph.fileAttachment";

    public static JsonObject File(string name, string contentType, ReadOnlySpan<byte> bytes, bool isInline, string? contentId, DateTimeOffset now) => new()
    {
        ["@odata.type"] = FileType,
        ["@odata.mediaContentType"] = contentType,
        ["id"] = MailIds.New("AAMkAGAtt"),
        ["lastModifiedDateTime"] = FieldValues.FormatDate(now),
        ["name"] = name,
        ["contentType"] = contentType,
        ["size"] = bytes.Length,
        ["isInline"] = isInline,
        ["contentId"] = contentId,
        ["contentLocation"] = null,
        ["contentBytes"] = Convert.ToBase64String(bytes),
    };

    /// <summary>The stored form of a posted attachment, or null and the reason it is refused.</summary>
    public static JsonObject? FromPosted(JsonNode? posted, DateTimeOffset now, out string? error)
    {
        var body = posted as JsonObject;
        var type = MailRequest.Text(body, "@odata.type");
        if (!string.Equals(type, FileType, StringComparison.OrdinalIgnoreCase))
        {
            error = type is null
                ? "An attachment needs '@odata.type'."
                : $"Attachments of type '{type}' are not implemented by the loopback server; it stores {FileType} only.";
            return null;
        }

        var name = MailRequest.Text(body, "name");
        var content = MailRequest.Text(body, "contentBytes");
        var bytes = new byte[((content?.Length ?? 0) * 3 / 4) + 3];
        if (string.IsNullOrWhiteSpace(name) || content is null || !Convert.TryFromBase64String(content, bytes, out var written))
        {
            error = "A file attachment needs a 'name' and base64 'contentBytes'.";
            return null;
        }

        error = null;
        var contentType = MailRequest.Text(body, "contentType") ?? "application/octet-stream";
        return File(name, contentType, bytes.AsSpan(0, written), MailRequest.IsTrue(body, "isInline"), MailRequest.Text(body, "contentId"), now);
    }

    /// <summary>Replaces the attachments posted inside a message with their stored form; returns the reason when one is refused.</summary>
    public static string? StoreInline(JsonObject message, DateTimeOffset now)
    {
        var posted = message.FirstOrDefault(p => p.Key.Equals("attachments", StringComparison.OrdinalIgnoreCase));
        if (posted.Key is not null)
        {
            message.Remove(posted.Key);
        }

        foreach (var item in posted.Value as JsonArray ?? [])
        {
            if (FromPosted(item, now, out var error) is not { } stored)
            {
                return error;
            }

            Append(message, stored);
        }

        return null;
    }

    /// <summary>Adds an attachment to a message; like Graph, <c>hasAttachments</c> counts only those that are not inline.</summary>
    public static void Append(JsonObject message, JsonObject attachment)
    {
        if (message["attachments"] is not JsonArray list)
        {
            list = [];
            message["attachments"] = list;
        }

        list.Add(attachment);
        if (attachment["isInline"]?.GetValue<bool>() != true)
        {
            message["hasAttachments"] = true;
        }
    }
}
