using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.SharePoint;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>Builds message resources the way Exchange stores them.</summary>
internal static class MessageJson
{
    /// <summary>Where the plain-text part of a message created from MIME is kept; the server never writes it out.</summary>
    public const string PlainTextKey = "@loopback.plainText";

    public static JsonObject FromSeed(MessageSeed seed)
    {
        var message = new JsonObject
        {
            ["receivedDateTime"] = FieldValues.FormatDate(seed.ReceivedDateTime),
            ["sentDateTime"] = FieldValues.FormatDate(seed.SentDateTime ?? seed.ReceivedDateTime),
            ["subject"] = seed.Subject,
            ["bodyPreview"] = seed.BodyText.Length > 255 ? seed.BodyText[..255] : seed.BodyText,
            ["importance"] = "normal",
            ["isRead"] = seed.IsRead,
            ["isDraft"] = false,
            ["body"] = new JsonObject { ["contentType"] = seed.BodyContentType, ["content"] = seed.BodyText },
            ["from"] = Address(seed.FromAddress, seed.FromName),
            ["sender"] = Address(seed.FromAddress, seed.FromName),
            ["toRecipients"] = new JsonArray(seed.ToRecipients.Select(a => (JsonNode)Address(a, null)).ToArray()),
            ["ccRecipients"] = new JsonArray(),
            ["bccRecipients"] = new JsonArray(),
            ["internetMessageHeaders"] = new JsonArray(seed.InternetMessageHeaders
                .Select(h => (JsonNode)new JsonObject { ["name"] = h.Key, ["value"] = h.Value }).ToArray()),
            ["singleValueExtendedProperties"] = new JsonArray(seed.SingleValueExtendedProperties
                .Select(p => (JsonNode)new JsonObject { ["id"] = p.Key, ["value"] = p.Value }).ToArray()),
        };
        if (seed.Flag is not null)
        {
            message["flag"] = seed.Flag.DeepClone();
        }

        if (seed.Categories.Count > 0)
        {
            message["categories"] = new JsonArray(seed.Categories.Select(c => (JsonNode)JsonValue.Create(c)).ToArray());
        }

        if (seed.ConversationId is not null)
        {
            message["conversationId"] = seed.ConversationId;
        }

        if (seed.InternetMessageId is not null)
        {
            message["internetMessageId"] = seed.InternetMessageId;
        }

        return message;
    }

    /// <summary>Fills what Exchange assigns when a message is stored: id, folder, change key, timestamps.</summary>
    public static JsonObject Stored(JsonObject message, string id, string folderId, DateTimeOffset now)
    {
        var changeKey = MailIds.New("CQAAABYAAAA");
        var stamp = FieldValues.FormatDate(now);
        message["@odata.etag"] = "W/\"" + changeKey + "\"";
        message["id"] = id;
        message["parentFolderId"] = folderId;
        message["changeKey"] = changeKey;
        message["createdDateTime"] ??= stamp;
        message["lastModifiedDateTime"] = stamp;
        message["receivedDateTime"] ??= stamp;
        message["sentDateTime"] ??= stamp;
        message["isDraft"] ??= false;
        message["isRead"] ??= false;
        message["hasAttachments"] ??= false;
        message["categories"] ??= new JsonArray();
        message["flag"] ??= FollowupFlag.NotFlagged();
        message["internetMessageId"] ??= "<" + Guid.NewGuid().ToString("N") + "@loopback.local>";
        message["conversationId"] ??= MailIds.New("AAQkAGConv");
        message["internetMessageHeaders"] ??= new JsonArray();
        message["singleValueExtendedProperties"] ??= new JsonArray();
        return message;
    }

    public static JsonObject Address(string address, string? name) => new()
    {
        ["emailAddress"] = new JsonObject { ["name"] = name ?? address, ["address"] = address },
    };
}
