using System.Text.Json;
using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Delta;
using Tarmeem.GraphLoopback.Http;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>
/// <c>/users/{id|upn}/…</c>: sendMail, drafts (from JSON or MIME), their update, delete, attachments and send, folders,
/// folder messages and message delta.
/// </summary>
internal sealed class MailRoutes(MailStore store, ServerContext context) : IGraphRoutes
{
    private static readonly string[] RecipientKeys = ["toRecipients", "ccRecipients", "bccRecipients"];

    /// <summary>What Graph lets a PATCH change only while the message is a draft.</summary>
    private static readonly string[] DraftOnlyKeys = ["subject", "body", "toRecipients", "ccRecipients", "bccRecipients", "internetMessageId", "replyTo", "uniqueBody"];
    private readonly AttachmentRoutes _attachments = new(store, context);

    public GraphResponse? TryHandle(GraphRequest request)
    {
        var s = request.Segments;
        if (s.Count < 3 || !s[0].Equals("users", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var mailbox = store.FindMailbox(s[1]);
        if (mailbox is null)
        {
            return GraphErrors.Create(404, "ErrorInvalidUser", $"The requested user '{s[1]}' is invalid.", request, context.Now);
        }

        var tail = s.Skip(2).ToArray();
        var post = request.IsMethod("POST");
        if (post && request.Body.Length > MailRequest.MaxBodyBytes)
        {
            return GraphErrors.Create(413, "RequestBodyTooLarge", "The maximum request length supported is 4MB.", request, context.Now);
        }

        return tail switch
        {
            [var action] when post && MailRequest.IsAction(action, "sendMail") => SendMail(request, mailbox),
            ["messages"] when post => Create(request, mailbox, "drafts", isDraft: true),
            ["messages", var id] when request.IsMethod("GET") => Get(request, mailbox, id),
            ["messages", var id] when request.IsMethod("PATCH") => Update(request, mailbox, id),
            ["messages", var id] when request.IsMethod("DELETE") => Delete(request, mailbox, id, permanently: false),
            ["messages", var id, var action] when post && MailRequest.IsAction(action, "permanentDelete") => Delete(request, mailbox, id, permanently: true),
            ["messages", var id, var action] when post && MailRequest.IsAction(action, "send") => SendDraft(request, mailbox, id),
            ["messages", var id, "attachments", .. var below] => _attachments.Handle(request, mailbox, id, below),
            [var folders, var folder, .. var below] when folders.Equals("mailFolders", StringComparison.OrdinalIgnoreCase) =>
                FolderRoute(request, mailbox, folder, below),
            _ => GraphErrors.NoRoute(request, context.Now),
        };
    }

    private GraphResponse FolderRoute(GraphRequest request, MailboxState mailbox, string folderRef, string[] below)
    {
        var folder = mailbox.FindFolder(folderRef);
        if (folder is null)
        {
            return GraphErrors.Create(404, "ErrorItemNotFound", "The specified object was not found in the store.", request, context.Now);
        }

        var get = request.IsMethod("GET");
        var folderUrl = context.BaseUrl + "/users/" + mailbox.UserId + "/mailFolders('" + folder.Id + "')/messages";
        return below switch
        {
            [] when get => GraphResponse.Json(200, folder.ToJson()),
            ["messages"] when get => Feed(mailbox, folder, folderUrl, null).Respond(request, folder.Messages, context),
            ["messages"] when request.IsMethod("POST") => Create(request, mailbox, folder.Id, isDraft: folder.WellKnownName == "drafts"),
            ["messages", var delta] when get && ColonPath.IsDelta(delta) =>
                Feed(mailbox, folder, folderUrl + "/delta", "$deltatoken").Respond(request, folder.Messages, context),
            _ => GraphErrors.NoRoute(request, context.Now),
        };
    }

    private DeltaFeed Feed(MailboxState mailbox, MailFolderState folder, string linkBase, string? deltaParameter) => new(
        "mail:" + mailbox.UserId + "/" + folder.Id + (deltaParameter is null ? ":messages" : ":delta"),
        linkBase,
        "$skiptoken",
        deltaParameter,
        context.BaseUrl + "/$metadata#Collection(message)",
        "SyncStateNotFound",
        MessageWriter.Write);

    private GraphResponse SendMail(GraphRequest request, MailboxState mailbox)
    {
        var body = MailRequest.Body(request);
        if (MailRequest.Property(body, "message")?.DeepClone() is not JsonObject message)
        {
            return GraphErrors.Create(400, "ErrorInvalidRequest", "The sendMail body has no 'message' object.", request, context.Now);
        }

        if (!HasRecipients(message))
        {
            return NoRecipients(request);
        }

        if (AttachmentJson.StoreInline(message, context.Now) is { } refused)
        {
            return GraphErrors.Create(400, "ErrorInvalidRequest", refused, request, context.Now);
        }

        var save = MailRequest.Property(body, "saveToSentItems") is not JsonValue flag || !IsFalse(flag);
        store.Send(mailbox, message, save, "sendMail");
        return GraphResponse.Empty(202);
    }

    private GraphResponse Create(GraphRequest request, MailboxState mailbox, string folderRef, bool isDraft)
    {
        // Graph reads a text/plain body as the whole message in MIME, base64-encoded.
        var fromMime = request.Header("Content-Type")?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true;
        var message = fromMime ? MimeMessageReader.Read(request.Body.Span, context.Now) : MailRequest.Body(request);
        if (message is null)
        {
            return fromMime
                ? GraphErrors.Create(400, "ErrorMimeContentInvalidBase64String", "Invalid base64 string for MIME content.", request, context.Now)
                : GraphErrors.Create(400, "ErrorInvalidRequest", "The request body must be a message object.", request, context.Now);
        }

        if (AttachmentJson.StoreInline(message, context.Now) is { } refused)
        {
            return GraphErrors.Create(400, "ErrorInvalidRequest", refused, request, context.Now);
        }

        message["isDraft"] = isDraft;
        var stored = store.Store(mailbox, mailbox.FindFolder(folderRef)!, message);

        // Written as a GET would be: attachments, headers and extended properties only when asked for.
        var created = MessageWriter.Write(new DeltaEntry(stored["id"]!.GetValue<string>(), stored), request.Query);
        created["@odata.context"] = context.BaseUrl + "/$metadata#users('" + mailbox.UserId + "')/messages/$entity";
        return GraphResponse.Json(201, created);
    }

    /// <summary>Sets the properties given; extended properties are added or replaced one by one, by id.</summary>
    private GraphResponse Update(GraphRequest request, MailboxState mailbox, string id)
    {
        var message = mailbox.FolderOf(id)?.Messages.Get(id);
        if (message is null)
        {
            return GraphErrors.Create(404, "ErrorItemNotFound", "The specified object was not found in the store.", request, context.Now);
        }

        if (MailRequest.Body(request) is not JsonObject changes)
        {
            return GraphErrors.Create(400, "ErrorInvalidRequest", "The request body must be a message object.", request, context.Now);
        }

        if (message["isDraft"]?.GetValue<bool>() != true && changes.Any(c => DraftOnlyKeys.Contains(c.Key, StringComparer.OrdinalIgnoreCase)))
        {
            return GraphErrors.Create(400, "ErrorInvalidPropertyUpdateSentMessage", "Update operation is invalid for property of a sent message.", request, context.Now);
        }

        var applied = store.Update(mailbox, id, m =>
        {
            foreach (var (name, value) in changes)
            {
                if (name.Equals("singleValueExtendedProperties", StringComparison.OrdinalIgnoreCase) && value is JsonArray properties)
                {
                    MergeProperties(m, properties);
                }
                else
                {
                    m[name] = value?.DeepClone();
                }
            }
        });

        // Sent or deleted meanwhile: gone, as it would be on Exchange.
        var updated = applied ? mailbox.FolderOf(id)?.Messages.Get(id) : null;
        return updated is null
            ? GraphErrors.Create(404, "ErrorItemNotFound", "The specified object was not found in the store.", request, context.Now)
            : GraphResponse.Json(200, MessageWriter.Write(new DeltaEntry(id, updated), request.Query));
    }

    private static void MergeProperties(JsonObject message, JsonArray properties)
    {
        if (message["singleValueExtendedProperties"] is not JsonArray stored)
        {
            stored = [];
            message["singleValueExtendedProperties"] = stored;
        }

        foreach (var property in properties.OfType<JsonObject>())
        {
            var id = property["id"]?.GetValue<string>();
            var existing = stored.FirstOrDefault(p => string.Equals(p?["id"]?.GetValue<string>(), id, StringComparison.OrdinalIgnoreCase));
            if (existing is not null)
            {
                stored.Remove(existing);
            }

            stored.Add(property.DeepClone());
        }
    }

    private GraphResponse Get(GraphRequest request, MailboxState mailbox, string id)
    {
        var message = mailbox.FolderOf(id)?.Messages.Get(id);
        return message is null
            ? GraphErrors.Create(404, "ErrorItemNotFound", "The specified object was not found in the store.", request, context.Now)
            : GraphResponse.Json(200, MessageWriter.Write(new DeltaEntry(id, message), request.Query));
    }

    /// <summary>DELETE moves a message to Deleted Items (as Exchange does); permanentDelete, or a DELETE there, removes it.</summary>
    private GraphResponse Delete(GraphRequest request, MailboxState mailbox, string id, bool permanently)
    {
        var folder = mailbox.FolderOf(id);
        if (folder is null)
        {
            return GraphErrors.Create(404, "ErrorItemNotFound", "The specified object was not found in the store.", request, context.Now);
        }

        if (permanently || folder.WellKnownName == "deleteditems")
        {
            store.DeleteMessage(mailbox.UserId, id);
        }
        else
        {
            store.MoveMessage(mailbox.UserId, id, "deleteditems");
        }

        return GraphResponse.Empty(204);
    }

    private GraphResponse SendDraft(GraphRequest request, MailboxState mailbox, string id)
    {
        var folder = mailbox.FolderOf(id);
        var message = folder?.Messages.Get(id);
        if (folder is null || message is null)
        {
            return GraphErrors.Create(404, "ErrorItemNotFound", "The specified object was not found in the store.", request, context.Now);
        }

        if (!HasRecipients(message))
        {
            return NoRecipients(request);
        }

        folder.Messages.Remove(id);
        mailbox.MessageFolders.TryRemove(id, out _);
        store.Send(mailbox, message, saveToSentItems: true, "send");
        return GraphResponse.Empty(202);
    }

    private GraphResponse NoRecipients(GraphRequest request) =>
        GraphErrors.Create(400, "ErrorInvalidRecipients", "At least one recipient is required, but none were found.", request, context.Now);

    private static bool HasRecipients(JsonObject message) =>
        RecipientKeys.Any(k => MailRequest.Property(message, k) is JsonArray { Count: > 0 });

    private static bool IsFalse(JsonValue flag) =>
        flag.GetValueKind() == JsonValueKind.False
        || (flag.GetValueKind() == JsonValueKind.String && string.Equals(flag.GetValue<string>(), "false", StringComparison.OrdinalIgnoreCase));
}
