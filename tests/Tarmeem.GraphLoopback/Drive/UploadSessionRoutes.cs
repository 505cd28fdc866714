using System.Globalization;
using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Http;
using Tarmeem.GraphLoopback.SharePoint;
using Tarmeem.GraphLoopback.Uploads;

namespace Tarmeem.GraphLoopback.Drive;

/// <summary>The upload URL of a drive session: fragments in order with <c>Content-Range</c>, each a multiple of 320 KiB but the last.</summary>
internal sealed class UploadSessionRoutes(DriveStore store, ServerContext context)
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

        var fragments = session.Fragments;
        lock (fragments.Gate)
        {
            if (request.IsMethod("GET"))
            {
                return Progress(fragments);
            }

            return request.IsMethod("PUT") ? Fragment(request, sessionId, session) : GraphErrors.NoRoute(request, context.Now);
        }
    }

    private GraphResponse Fragment(GraphRequest request, string sessionId, UploadSession session)
    {
        if (session.Fragments.Append(request, expectedTotal: null, context.Now, out var complete) is { } refused)
        {
            return refused;
        }

        if (!complete)
        {
            return Progress(session.Fragments);
        }

        var put = store.Put(session.DriveId, session.Path, session.Fragments.Content);
        store.CloseSession(sessionId);
        return GraphResponse.Json(put.Created ? 201 : 200, DriveRoutes.ItemJson(put.Item, session.DriveId, context));
    }

    /// <summary>SharePoint answers an accepted fragment with 202 and the missing range as <c>{start}-</c>.</summary>
    private static GraphResponse Progress(FragmentBuffer fragments) =>
        GraphResponse.Json(202, new JsonObject
        {
            ["expirationDateTime"] = FieldValues.FormatDate(fragments.Expires),
            ["nextExpectedRanges"] = new JsonArray(fragments.Next.ToString(CultureInfo.InvariantCulture) + "-"),
        });
}
