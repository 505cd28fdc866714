using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Http;

namespace Tarmeem.GraphLoopback.Batch;

/// <summary>
/// <c>POST /$batch</c> (JSON batching): at most 20 requests, each run through the pipeline on its own, so a fault armed
/// for one path throttles just that item (its own 429 and <c>Retry-After</c>) while the batch answers 200.
/// </summary>
internal sealed class BatchRoutes(Func<GraphRequest, GraphResponse> dispatch, ServerContext context) : IGraphRoutes
{
    /// <summary>Graph's limit on requests in one batch.</summary>
    public const int MaxRequests = 20;

    public GraphResponse? TryHandle(GraphRequest request)
    {
        if (request.Segments is not ["$batch"])
        {
            return null;
        }

        if (!request.IsMethod("POST"))
        {
            return GraphErrors.NoRoute(request, context.Now);
        }

        JsonArray? items;
        try
        {
            items = JsonNode.Parse(request.Body.Span)?["requests"] as JsonArray;
        }
        catch (JsonException)
        {
            items = null;
        }

        if (items is null || items.Count == 0)
        {
            return GraphErrors.Create(400, "BadRequest", "Invalid batch payload: a 'requests' array with at least one request is required.", request, context.Now);
        }

        if (items.Count > MaxRequests)
        {
            return GraphErrors.Create(
                400,
                "BadRequest",
                string.Create(CultureInfo.InvariantCulture, $"The batch holds {items.Count} requests; the limit is {MaxRequests}."),
                request,
                context.Now);
        }

        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var responses = new JsonArray();
        foreach (var item in items.OfType<JsonObject>())
        {
            var id = item["id"]?.ToString() ?? string.Empty;
            var response = DependencyFailed(item, statuses) ? Failed(request) : dispatch(Unpack(item, request));
            if (response.DropsConnection)
            {
                return response;
            }

            statuses[id] = response.Status;
            responses.Add(Pack(id, response));
        }

        return GraphResponse.Json(200, new JsonObject { ["responses"] = responses });
    }

    private static bool DependencyFailed(JsonObject item, Dictionary<string, int> statuses) =>
        (item["dependsOn"] as JsonArray ?? [])
            .Select(d => d?.ToString() ?? string.Empty)
            .Any(d => !statuses.TryGetValue(d, out var status) || status is < 200 or > 299);

    private GraphResponse Failed(GraphRequest batch) =>
        GraphErrors.Create(424, "FailedDependency", "The request depends on a request that failed.", batch, context.Now);

    private static GraphRequest Unpack(JsonObject item, GraphRequest batch)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in item["headers"] as JsonObject ?? [])
        {
            headers[name] = value?.ToString() ?? string.Empty;
        }

        if (batch.Header("client-request-id") is { } clientRequestId)
        {
            headers.TryAdd("client-request-id", clientRequestId);
        }

        var url = item["url"]?.ToString() ?? "/";
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
        {
            url = absolute.PathAndQuery;
        }

        url = "/" + url.TrimStart('/');
        if (!url.StartsWith("/" + GraphRequestParser.Version + "/", StringComparison.OrdinalIgnoreCase))
        {
            url = "/" + GraphRequestParser.Version + url;
        }

        var method = item["method"]?.ToString() ?? "GET";
        return GraphRequestParser.Parse(method, url, headers, Body(item["body"], headers), inBatch: true, out _);
    }

    /// <summary>JSON bodies come as JSON; anything else as a base64 string, per Graph's batching rules.</summary>
    private static byte[] Body(JsonNode? body, Dictionary<string, string> headers)
    {
        if (body is null)
        {
            return [];
        }

        var json = headers.TryGetValue("Content-Type", out var type) && type.Contains("json", StringComparison.OrdinalIgnoreCase);
        return body is JsonValue value && value.GetValueKind() == JsonValueKind.String && !json
            ? Convert.FromBase64String(value.GetValue<string>())
            : Encoding.UTF8.GetBytes(body.ToJsonString());
    }

    private static JsonObject Pack(string id, GraphResponse response)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in response.Headers)
        {
            headers[name] = value;
        }

        if (response.ContentType is not null)
        {
            headers["Content-Type"] = response.ContentType;
        }

        var packed = new JsonObject
        {
            ["id"] = id,
            ["status"] = response.Status,
            ["headers"] = headers,
        };
        if (response.JsonBody is not null)
        {
            packed["body"] = response.JsonBody.DeepClone();
        }
        else if (!response.Body.IsEmpty)
        {
            packed["body"] = Convert.ToBase64String(response.Body.Span);
        }

        return packed;
    }
}
