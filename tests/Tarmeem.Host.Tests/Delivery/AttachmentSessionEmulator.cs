using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Tarmeem.Host.Tests.Delivery;

/// <summary>
/// Outlook's attachment routes in front of the loopback server, which does not implement them: adding a small file
/// attachment to a draft, and attachment upload sessions whose fragments must be multiples of 320 KiB except the last
/// (refused with 416 otherwise, as Graph does). Everything else goes to the loopback server unchanged.
/// </summary>
internal sealed partial class AttachmentSessionEmulator : DelegatingHandler
{
    private const int Unit = 320 * 1024;
    private readonly ConcurrentDictionary<string, (string MessageId, string Name, MemoryStream Received)> sessions = new();
    private int next;

    public AttachmentSessionEmulator()
        : base(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
    }

    /// <summary>Attachments received per draft id: name and bytes, in order.</summary>
    public ConcurrentDictionary<string, List<(string Name, byte[] Bytes)>> Attachments { get; } = new();

    /// <summary>Every fragment length received by an attachment upload session.</summary>
    public ConcurrentQueue<int> Fragments { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (CreateSessionPath().Match(path) is { Success: true } create && request.Method == HttpMethod.Post)
        {
            var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!;
            var id = Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture);
            var name = body["AttachmentItem"]?["name"]?.GetValue<string>() ?? body["attachmentItem"]!["name"]!.GetValue<string>();
            sessions[id] = (Uri.UnescapeDataString(create.Groups[1].Value), name, new MemoryStream());
            var origin = request.RequestUri.GetLeftPart(UriPartial.Authority);
            return Json(HttpStatusCode.Created, new JsonObject { ["uploadUrl"] = $"{origin}/attachment-upload/{id}", ["nextExpectedRanges"] = new JsonArray("0-") });
        }

        if (AttachmentsPath().Match(path) is { Success: true } add && request.Method == HttpMethod.Post)
        {
            var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!;
            Received(Uri.UnescapeDataString(add.Groups[1].Value)).Add((body["name"]!.GetValue<string>(), Convert.FromBase64String(body["contentBytes"]!.GetValue<string>())));
            return Json(HttpStatusCode.Created, new JsonObject { ["id"] = "att-" + Interlocked.Increment(ref next) });
        }

        if (path.StartsWith("/attachment-upload/", StringComparison.Ordinal) && request.Method == HttpMethod.Put)
        {
            return await FragmentAsync(request, path["/attachment-upload/".Length..], cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> FragmentAsync(HttpRequestMessage request, string id, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is not null)
        {
            return Json(HttpStatusCode.Unauthorized, new JsonObject { ["error"] = "the upload URL is pre-authenticated: send no token" });
        }

        var session = sessions[id];
        var bytes = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        var range = request.Content.Headers.ContentRange!;
        var last = range.To + 1 == range.Length;
        if (range.From != session.Received.Length || (!last && bytes.Length % Unit != 0))
        {
            return Json(HttpStatusCode.RequestedRangeNotSatisfiable, new JsonObject { ["error"] = "invalidRange" });
        }

        Fragments.Enqueue(bytes.Length);
        session.Received.Write(bytes);
        if (!last)
        {
            return Json(HttpStatusCode.OK, new JsonObject { ["nextExpectedRanges"] = new JsonArray($"{range.To + 1}-") });
        }

        Received(session.MessageId).Add((session.Name, session.Received.ToArray()));
        return new HttpResponseMessage(HttpStatusCode.Created);
    }

    private List<(string Name, byte[] Bytes)> Received(string messageId) => Attachments.GetOrAdd(messageId, _ => []);

    private static HttpResponseMessage Json(HttpStatusCode status, JsonObject body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    [GeneratedRegex(@"^/v1\.0/users/[^/]+/messages/([^/]+)/attachments/(?:microsoft\.graph\.)?createUploadSession$")]
    private static partial Regex CreateSessionPath();

    [GeneratedRegex(@"^/v1\.0/users/[^/]+/messages/([^/]+)/attachments$")]
    private static partial Regex AttachmentsPath();
}
