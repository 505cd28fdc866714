using System.Text;
using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Http;
using Tarmeem.GraphLoopback.SharePoint;

namespace Tarmeem.GraphLoopback.Drive;

/// <summary>
/// <c>/drives/{d}/items/…</c>: simple upload, upload sessions, metadata and content (302 to a download URL), plus the
/// pre-authenticated <c>/upload/{session}</c> and <c>/download/{token}</c> URLs that live outside <c>/v1.0</c> as in Graph.
/// </summary>
internal sealed class DriveRoutes(DriveStore store, ServerContext context) : IGraphRoutes
{
    public static bool IsPreAuthenticated(GraphRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Segments is ["upload", _] or ["download", _];
    }

    public GraphResponse? TryHandle(GraphRequest request)
    {
        switch (request.Segments)
        {
            case ["upload", var session]:
                return new UploadSessionRoutes(store, context).Handle(request, session);
            case ["download", var token]:
                return Download(request, token);
            case ["drives", var drive, "items", ..]:
                return store.HasDrive(drive)
                    ? Items(request, drive, request.Segments.Skip(3).ToArray())
                    : GraphErrors.Create(404, "itemNotFound", "The requested drive was not found.", request, context.Now);
            default:
                return null;
        }
    }

    private GraphResponse Items(GraphRequest request, string drive, string[] tail)
    {
        if (ColonPath.TryRead(tail, 0, out var head, out var path, out var next) && head.Equals("root", StringComparison.OrdinalIgnoreCase))
        {
            var rest = tail.Skip(next).ToArray();
            return rest switch
            {
                ["content"] when request.IsMethod("PUT") => Stored(store.Put(drive, path, request.Body), drive),
                ["createUploadSession"] when request.IsMethod("POST") => CreateSession(drive, path),
                [] when request.IsMethod("GET") => Metadata(request, drive, store.FindByPath(drive, path)),
                ["content"] when request.IsMethod("GET") => Content(request, store.FindByPath(drive, path)),
                _ => GraphErrors.NoRoute(request, context.Now),
            };
        }

        return tail switch
        {
            [var id] when request.IsMethod("GET") => Metadata(request, drive, store.FindById(drive, id)),
            [var id, "content"] when request.IsMethod("GET") => Content(request, store.FindById(drive, id)),
            [var id, "content"] when request.IsMethod("PUT") => store.FindById(drive, id) is { } item
                ? Stored(store.Put(drive, item.Path, request.Body), drive)
                : NotFound(request),
            _ => GraphErrors.NoRoute(request, context.Now),
        };
    }

    private GraphResponse CreateSession(string drive, string path)
    {
        var session = store.OpenSession(drive, path);
        return GraphResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = context.BaseUrl + "/$metadata#microsoft.graph.uploadSession",
            ["uploadUrl"] = context.Origin + "/upload/" + session,
            ["expirationDateTime"] = FieldValues.FormatDate(store.FindSession(session)!.Fragments.Expires),
            ["nextExpectedRanges"] = new JsonArray("0-"),
        });
    }

    private GraphResponse Metadata(GraphRequest request, string drive, DriveItemState? item) =>
        item is null ? NotFound(request) : GraphResponse.Json(200, ItemJson(item, drive, context));

    private GraphResponse Content(GraphRequest request, DriveItemState? item)
    {
        if (item is null)
        {
            return NotFound(request);
        }

        var format = request.Query.Get("format");
        var pdf = string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !pdf)
        {
            return GraphErrors.Create(406, "notSupported", $"Conversion to '{format}' is not supported by the loopback server.", request, context.Now);
        }

        return GraphResponse.Redirect(context.Origin + "/download/" + store.OfferDownload(item, pdf));
    }

    private GraphResponse Download(GraphRequest request, string token)
    {
        if (store.FindDownload(token) is not { } found)
        {
            return NotFound(request);
        }

        // The fake cannot convert; it serves a stand-in PDF that names its source so tests can tell what was asked for.
        return found.Pdf
            ? GraphResponse.Bytes(200, Encoding.ASCII.GetBytes("%PDF-1.7\n% converted from " + Uri.EscapeDataString(found.Item.Name) + "\n%%EOF\n"), "application/pdf")
            : GraphResponse.Bytes(200, found.Item.Content, "application/octet-stream");
    }

    private GraphResponse Stored((DriveItemState Item, bool Created) put, string drive) =>
        GraphResponse.Json(put.Created ? 201 : 200, ItemJson(put.Item, drive, context));

    private GraphResponse NotFound(GraphRequest request) =>
        GraphErrors.Create(404, "itemNotFound", "The resource could not be found.", request, context.Now);

    internal static JsonObject ItemJson(DriveItemState item, string drive, ServerContext context)
    {
        var folder = item.Path.Contains('/', StringComparison.Ordinal) ? "/" + item.Path[..item.Path.LastIndexOf('/')] : string.Empty;
        return new JsonObject
        {
            ["@odata.context"] = context.BaseUrl + "/$metadata#drives('" + drive + "')/items/$entity",
            ["id"] = item.Id,
            ["name"] = item.Name,
            ["size"] = item.Content.Length,
            ["createdDateTime"] = FieldValues.FormatDate(item.Created),
            ["lastModifiedDateTime"] = FieldValues.FormatDate(item.Modified),
            ["eTag"] = "\"{" + item.Id + "},1\"",
            ["webUrl"] = "https://loopback.sharepoint.com/Shared%20Documents/" + Uri.EscapeDataString(item.Path),
            ["file"] = new JsonObject { ["mimeType"] = "application/octet-stream" },
            ["parentReference"] = new JsonObject
            {
                ["driveId"] = drive,
                ["driveType"] = "documentLibrary",
                ["path"] = "/drives/" + drive + "/root:" + folder,
            },
        };
    }
}
