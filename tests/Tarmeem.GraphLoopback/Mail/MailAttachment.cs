using System.Text.Json.Nodes;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>One file attachment of a message, decoded for assertions.</summary>
/// <param name="Id">The attachment id.</param>
/// <param name="Name">File name as given by the sender.</param>
/// <param name="ContentType">MIME type as given by the sender.</param>
/// <param name="Bytes">The decoded content.</param>
public sealed record MailAttachment(string Id, string Name, string ContentType, byte[] Bytes)
{
    /// <summary>The attachments stored in a message's JSON, in the order they were added.</summary>
    internal static IReadOnlyList<MailAttachment> ListFrom(JsonObject message) =>
        (message["attachments"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .Select(a => new MailAttachment(
                a["id"]!.GetValue<string>(),
                a["name"]!.GetValue<string>(),
                a["contentType"]?.GetValue<string>() ?? "application/octet-stream",
                Convert.FromBase64String(a["contentBytes"]?.GetValue<string>() ?? string.Empty)))
            .ToList();
}
