using System.Globalization;
using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Http;
using Tarmeem.GraphLoopback.SharePoint;
using Tarmeem.GraphLoopback.Uploads;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>
/// The upload URL of an attachment session, shaped like Outlook's
/// (<c>/api/v2.0/Users('…')/Messages('…')/AttachmentSessions('…')</c>, outside <c>/v1.0</c>). The URL is the
/// credential: a bearer token sent with it is refused, as Outlook refuses a Graph token. Fragments follow the drive
/// rules (<see cref="FragmentBuffer"/>) up to 4 MB each; Outlook answers them with 200 and the next byte as
/// <c>{start}</c>, and the last one with 201, an empty body and the new attachment in <c>Location</c>.
/// </summary>
internal sealed class AttachmentUploadRoutes(MailStore store, ServerContext context) : IGraphRoutes
{
    public static bool IsUploadUrl(GraphRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Segments is ["api", "v2.0", "Users", _, "Messages", _, "AttachmentSessions", _];
    }

    public static string Url(ServerContext context, AttachmentUploadSession session, string sessionId) =>
        ItemUrl(context, session) + "/AttachmentSessions('" + Uri.EscapeDataString(sessionId) + "')";

    public GraphResponse? TryHandle(GraphRequest request)
    {
        if (request.Segments is not ["api", "v2.0", "Users", _, "Messages", _, "AttachmentSessions", var sessionId])
        {
            return null;
        }

        var session = store.FindAttachmentSession(sessionId);
        if (session is null)
        {
            return GraphErrors.Create(404, "ErrorItemNotFound", "The upload session was not found or has expired.", request, context.Now);
        }

        if (request.Header("Authorization") is not null)
        {
            return GraphErrors.Create(401, "InvalidAuthenticationToken", "The upload URL carries its own credential; send no Authorization header with it.", request, context.Now);
        }

        if (request.IsMethod("DELETE"))
        {
            store.CloseAttachmentSession(sessionId);
            return GraphResponse.Empty(204);
        }

        lock (session.Fragments.Gate)
        {
            if (request.IsMethod("GET"))
            {
                return Progress(session.Fragments);
            }

            if (!request.IsMethod("PUT"))
            {
                return GraphErrors.NoRoute(request, context.Now);
            }

            var response = Fragment(request, sessionId, session);
            store.RecordFragment(new AttachmentFragment(session.MessageId, session.Name, request.Header("Content-Range"), request.Body.Length, response.Status));
            return response;
        }
    }

    private GraphResponse Fragment(GraphRequest request, string sessionId, AttachmentUploadSession session)
    {
        if (request.Body.Length > MailRequest.MaxBodyBytes)
        {
            return GraphErrors.Create(413, "RequestBodyTooLarge", "Upload fragments of at most 4 MB.", request, context.Now);
        }

        if (session.Fragments.Append(request, session.Size, context.Now, out var complete) is { } refused)
        {
            return refused;
        }

        if (!complete)
        {
            return Progress(session.Fragments);
        }

        store.CloseAttachmentSession(sessionId);
        var attachment = AttachmentJson.File(session.Name, session.ContentType, session.Fragments.Content.Span, session.IsInline, session.ContentId, context.Now);
        if (!store.AddAttachment(session.UserId, session.MessageId, attachment))
        {
            return GraphErrors.Create(404, "ErrorItemNotFound", "The message of this upload session no longer exists.", request, context.Now);
        }

        var location = ItemUrl(context, session) + "/Attachments('" + Uri.EscapeDataString(attachment["id"]!.GetValue<string>()) + "')";
        return GraphResponse.Empty(201).WithHeader("Location", location);
    }

    private static GraphResponse Progress(FragmentBuffer fragments) =>
        GraphResponse.Json(200, new JsonObject
        {
            ["expirationDateTime"] = FieldValues.FormatDate(fragments.Expires),
            ["nextExpectedRanges"] = new JsonArray(fragments.Next.ToString(CultureInfo.InvariantCulture)),
        });

    private static string ItemUrl(ServerContext context, AttachmentUploadSession session) =>
        context.Origin + "/api/v2.0/Users('" + Uri.EscapeDataString(session.UserId) + "')/Messages('" + Uri.EscapeDataString(session.MessageId) + "')";
}
