using System.Text.Json;
using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Http;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>Reading Outlook request bodies and action segments the way Graph does: property names and action prefixes are optional in case and form.</summary>
internal static class MailRequest
{
    /// <summary>Outlook refuses any request body over 4 MB; it is why attachments of 3 MB and more need an upload session.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public static JsonObject? Body(GraphRequest request)
    {
        try
        {
            return request.Body.IsEmpty ? null : JsonNode.Parse(request.Body.Span) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Action parameters arrive as <c>Message</c> from the SDK and <c>message</c> from hand-written calls; Graph takes both.</summary>
    public static JsonNode? Property(JsonObject? body, string name) =>
        body?.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public static string? Text(JsonObject? body, string name) =>
        Property(body, name) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static bool IsTrue(JsonObject? body, string name) =>
        Property(body, name) is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    public static bool IsAction(string segment, string name) =>
        segment.Equals(name, StringComparison.OrdinalIgnoreCase)
        || segment.Equals("microsoft.graph." + name, StringComparison.OrdinalIgnoreCase);
}
