using System.Globalization;
using System.Text.Json.Nodes;

namespace Tarmeem.GraphLoopback.Http;

/// <summary>Builds Graph's error envelope: <c>{"error":{"code","message","innerError":{date,request-id,client-request-id}}}</c>.</summary>
public static class GraphErrors
{
    public static GraphResponse Create(int status, string code, string message, GraphRequest? request, DateTimeOffset now)
    {
        var requestId = Guid.NewGuid().ToString();
        var clientRequestId = request?.Header("client-request-id") ?? requestId;
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                    ["request-id"] = requestId,
                    ["client-request-id"] = clientRequestId,
                },
            },
        };
        return GraphResponse.Json(status, body)
            .WithHeader("request-id", requestId)
            .WithHeader("client-request-id", clientRequestId);
    }

    public static GraphResponse NotFound(GraphRequest request, DateTimeOffset now, string? what = null) =>
        Create(404, "itemNotFound", what ?? "The resource could not be found.", request, now);

    public static GraphResponse BadRequest(GraphRequest request, DateTimeOffset now, string message) =>
        Create(400, "invalidRequest", message, request, now);

    public static GraphResponse NoRoute(GraphRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Create(
            400,
            "BadRequest",
            $"Resource not found for the segment '{(request.Segments.Count > 0 ? request.Segments[^1] : string.Empty)}' ({request.Method} {request.Path}).",
            request,
            now);
    }
}
