using System.Text.Json.Nodes;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>One message the server accepted for sending.</summary>
/// <param name="UserId">The mailbox's user id it was sent from.</param>
/// <param name="Message">The message as sent (a copy).</param>
/// <param name="SentAt">When the server accepted it.</param>
/// <param name="Via"><c>sendMail</c>, or <c>send</c> for a draft sent with <c>/messages/{id}/send</c>.</param>
/// <param name="SentItemsId">Id of the copy in Sent Items (in the Outbox while a slow Outbox holds it; it changes on the move), or null when it was not saved.</param>
public sealed record SentMailRecord(string UserId, JsonObject Message, DateTimeOffset SentAt, string Via, string? SentItemsId)
{
    private static readonly string[] RecipientKeys = ["toRecipients", "ccRecipients", "bccRecipients"];

    public string? Subject => Message["subject"]?.GetValue<string>();

    public string? BodyContent => Message["body"]?["content"]?.GetValue<string>();

    /// <summary>The text/plain part of a message created from MIME (beside an HTML body), or null.</summary>
    public string? PlainText => Message[MessageJson.PlainTextKey]?.GetValue<string>();

    /// <summary>Addresses of every To, Cc and Bcc recipient.</summary>
    public IReadOnlyList<string> Recipients =>
        RecipientKeys
            .SelectMany(k => Message[k]?.AsArray() ?? [])
            .Select(r => r?["emailAddress"]?["address"]?.GetValue<string>() ?? string.Empty)
            .ToList();

    /// <summary>The file attachments it was sent with, decoded.</summary>
    public IReadOnlyList<MailAttachment> Attachments => MailAttachment.ListFrom(Message);

    /// <summary>Value of an internet message header the sender set (e.g. an <c>X-</c> idempotency tag), or null.</summary>
    public string? Header(string name) =>
        (Message["internetMessageHeaders"]?.AsArray() ?? [])
            .FirstOrDefault(h => string.Equals(h?["name"]?.GetValue<string>(), name, StringComparison.OrdinalIgnoreCase))?["value"]?.GetValue<string>();
}
