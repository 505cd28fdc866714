using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Http;
using Tarmeem.GraphLoopback.SharePoint;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>
/// <c>/users/{id}/messages/{id}/attachments</c>: add a file attachment, list them, read one, and open an attachment
/// upload session (<c>createUploadSession</c>) whose upload URL <see cref="AttachmentUploadRoutes"/> serves.
/// </summary>
internal sealed class AttachmentRoutes(MailStore store, ServerContext context)
{
    /// <summary>Exchange refuses upload sessions for small files (ErrorAttachmentSizeShouldNotBeLessThanMinimumSize); 2 MiB is the bound callers have measured, the docs say "3 MB".</summary>
    public const long MinimumSessionBytes = 2 * 1024 * 1024;

    public GraphResponse Handle(GraphRequest request, MailboxState mailbox, string messageId, string[] below)
    {
        var message = mailbox.FolderOf(messageId)?.Messages.Get(messageId);
        if (message is null)
        {
            return GraphErrors.Create(404, "ErrorItemNotFound", "The specified object was not found in the store.", request, context.Now);
        }

        var get = request.IsMethod("GET");
        var post = request.IsMethod("POST");
        return below switch
        {
            [] when post => Add(request, mailbox, messageId),
            [] when get => List(request, mailbox, messageId, message),
            [var action] when post && MailRequest.IsAction(action, "createUploadSession") => OpenSession(request, mailbox, messageId),
            [var id] when get => One(request, mailbox, messageId, message, id),
            _ => GraphErrors.NoRoute(request, context.Now),
        };
    }

    private GraphResponse Add(GraphRequest request, MailboxState mailbox, string messageId)
    {
        if (AttachmentJson.FromPosted(MailRequest.Body(request), context.Now, out var error) is not { } attachment)
        {
            return GraphErrors.Create(400, "ErrorInvalidRequest", error!, request, context.Now);
        }

        if (!store.AddAttachment(mailbox.UserId, messageId, attachment))
        {
            return GraphErrors.Create(404, "ErrorItemNotFound", "The specified object was not found in the store.", request, context.Now);
        }

        attachment["@odata.context"] = AttachmentsUrl(mailbox, messageId) + "/$entity";
        return GraphResponse.Json(201, attachment);
    }

    private GraphResponse List(GraphRequest request, MailboxState mailbox, string messageId, JsonObject message)
    {
        var select = ExpandClause.ParseSelect(request.Query.Get("select"));
        var items = (message["attachments"]?.AsArray() ?? []).OfType<JsonObject>().Select(a => (JsonNode)Selected(a, select)).ToArray();
        return GraphResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = AttachmentsUrl(mailbox, messageId),
            ["value"] = new JsonArray(items),
        });
    }

    private GraphResponse One(GraphRequest request, MailboxState mailbox, string messageId, JsonObject message, string id)
    {
        var found = (message["attachments"]?.AsArray() ?? []).OfType<JsonObject>().FirstOrDefault(a => a["id"]?.GetValue<string>() == id);
        if (found is null)
        {
            return GraphErrors.Create(404, "ErrorItemNotFound", "The specified object was not found in the store.", request, context.Now);
        }

        var output = Selected(found, ExpandClause.ParseSelect(request.Query.Get("select")));
        output["@odata.context"] = AttachmentsUrl(mailbox, messageId) + "/$entity";
        return GraphResponse.Json(200, output);
    }

    private GraphResponse OpenSession(GraphRequest request, MailboxState mailbox, string messageId)
    {
        var item = MailRequest.Property(MailRequest.Body(request), "AttachmentItem") as JsonObject;
        var name = MailRequest.Text(item, "name");
        var size = MailRequest.Property(item, "size") is JsonValue number && number.TryGetValue<long>(out var value) ? value : (long?)null;
        if (!string.Equals(MailRequest.Text(item, "attachmentType"), "file", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(name) || size is not > 0)
        {
            return GraphErrors.Create(400, "ErrorInvalidRequest", "AttachmentItem needs attachmentType 'file', a name and a size.", request, context.Now);
        }

        if (size < MinimumSessionBytes)
        {
            return GraphErrors.Create(
                400,
                "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize",
                "Attachment size should not be less than the minimum size; attach small files with a POST to the attachments collection.",
                request,
                context.Now);
        }

        var expires = context.Now.AddDays(1);
        var session = new AttachmentUploadSession(
            mailbox.UserId, messageId, name, MailRequest.Text(item, "contentType") ?? "application/octet-stream", size.Value, MailRequest.IsTrue(item, "isInline"), MailRequest.Text(item, "contentId"), expires);
        var id = store.OpenAttachmentSession(session);
        return GraphResponse.Json(201, new JsonObject
        {
            ["@odata.context"] = context.BaseUrl + "/$metadata#microsoft.graph.uploadSession",
            ["uploadUrl"] = AttachmentUploadRoutes.Url(context, session, id),
            ["expirationDateTime"] = FieldValues.FormatDate(expires),
            ["nextExpectedRanges"] = new JsonArray("0-"),
        });
    }

    /// <summary>Like Graph, <c>$select</c> trims the properties; the type and id always come back.</summary>
    private static JsonObject Selected(JsonObject attachment, IReadOnlyList<string>? select)
    {
        var output = (JsonObject)attachment.DeepClone();
        if (select is not null)
        {
            foreach (var name in output.Select(p => p.Key).ToList())
            {
                if (name is not ("@odata.type" or "id") && !select.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    output.Remove(name);
                }
            }
        }

        return output;
    }

    private string AttachmentsUrl(MailboxState mailbox, string messageId) =>
        context.BaseUrl + "/$metadata#users('" + mailbox.UserId + "')/messages('" + messageId + "')/attachments";
}
