using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Tarmeem.GraphLoopback.Http;
using Tarmeem.GraphLoopback.SharePoint;

namespace Tarmeem.GraphLoopback.Drive;

/// <summary>The upload URL of a session: fragments in order with <c>Content-Range</c>, each a multiple of 320 KiB but the last.</summary>
internal sealed partial class UploadSessionRoutes(DriveStore store, ServerContext context)
{
    public GraphResponse Handle(GraphRequest request, string sessionId)
    {
        var session = store.FindSession(sessionId);
        if (session is null)
        {
            return GraphErrors.Create(404, "itemNotFound", "The upload session was not found or has expired.", request, context.Now);
        }

        if (request.IsMethod("DELETE"))
        {
            store.CloseSession(sessionId);
            return GraphResponse.Empty(204);
        }

        lock (session.Gate)
        {
            if (request.IsMethod("GET"))
            {
                return Progress(session, session.Received.WrittenCount);
            }

            return request.IsMethod("PUT") ? Fragment(request, sessionId, session) : GraphErrors.NoRoute(request, context.Now);
        }
    }

    private GraphResponse Fragment(GraphRequest request, string sessionId, UploadSession session)
    {
        var match = ContentRange().Match(request.Header("Content-Range") ?? string.Empty);
        if (!match.Success)
        {
            return GraphErrors.Create(400, "invalidRequest", "A Content-Range header like 'bytes 0-327679/1000000' is required.", request, context.Now);
        }

        var start = long.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var end = long.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture);
        var total = long.Parse(match.Groups["total"].Value, CultureInfo.InvariantCulture);
        var length = end - start + 1;
        if (length != request.Body.Length || end >= total)
        {
            return GraphErrors.Create(400, "invalidRequest", "The Content-Range header does not match the number of bytes sent.", request, context.Now);
        }

        if (start != session.Received.WrittenCount)
        {
            return GraphErrors.Create(
                416,
                "invalidRange",
                string.Create(CultureInfo.InvariantCulture, $"The fragment starts at byte {start}; the next expected byte is {session.Received.WrittenCount}."),
                request,
                context.Now);
        }

        var last = end + 1 == total;
        if (!last && length % DriveRoutes.FragmentUnit != 0)
        {
            return GraphErrors.Create(
                416,
                "invalidRange",
                string.Create(CultureInfo.InvariantCulture, $"Fragment of {length} bytes: fragments must be multiples of 320 KiB ({DriveRoutes.FragmentUnit} bytes) except the last."),
                request,
                context.Now);
        }

        request.Body.Span.CopyTo(session.Received.GetSpan(request.Body.Length));
        session.Received.Advance(request.Body.Length);
        if (!last)
        {
            return Progress(session, end + 1);
        }

        var put = store.Put(session.DriveId, session.Path, session.Received.WrittenMemory);
        store.CloseSession(sessionId);
        return GraphResponse.Json(put.Created ? 201 : 200, DriveRoutes.ItemJson(put.Item, session.DriveId, context));
    }

    private static GraphResponse Progress(UploadSession session, long next) =>
        GraphResponse.Json(202, new JsonObject
        {
            ["expirationDateTime"] = FieldValues.FormatDate(session.Expires),
            ["nextExpectedRanges"] = new JsonArray(next.ToString(CultureInfo.InvariantCulture) + "-"),
        });

    [GeneratedRegex(@"^bytes (?<start>\d+)-(?<end>\d+)/(?<total>\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentRange();
}
