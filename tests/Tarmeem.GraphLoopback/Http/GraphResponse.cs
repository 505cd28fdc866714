using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tarmeem.GraphLoopback.Http;

/// <summary>A response before it is written to the socket or folded into a <c>$batch</c> answer.</summary>
public sealed class GraphResponse
{
    /// <summary>Graph's own content type for JSON payloads.</summary>
    public const string JsonContentType =
        "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    // Graph writes Arabic as UTF-8, not as \u escapes; the fake does the same so byte-level tests see real payloads.
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private GraphResponse(int status, ReadOnlyMemory<byte> body, string? contentType, JsonNode? json)
    {
        Status = status;
        Body = body;
        ContentType = contentType;
        JsonBody = json;
    }

    public int Status { get; }

    public ReadOnlyMemory<byte> Body { get; }

    public string? ContentType { get; }

    /// <summary>The JSON body when there is one; <c>$batch</c> embeds it as an object rather than base64.</summary>
    public JsonNode? JsonBody { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static GraphResponse Json(int status, JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(WriteOptions));
        return new GraphResponse(status, bytes, JsonContentType, body);
    }

    /// <summary>True when the connection is to be reset instead of answered.</summary>
    public bool DropsConnection { get; private init; }

    /// <summary>No answer at all: the connection (of the whole <c>$batch</c> when inside one) is reset.</summary>
    public static GraphResponse Dropped(int loggedStatus) => new(loggedStatus, ReadOnlyMemory<byte>.Empty, null, null) { DropsConnection = true };

    public static GraphResponse Empty(int status) => new(status, ReadOnlyMemory<byte>.Empty, null, null);

    public static GraphResponse Bytes(int status, ReadOnlyMemory<byte> body, string contentType) =>
        new(status, body, contentType, null);

    public static GraphResponse Redirect(string location)
    {
        var response = Empty(302);
        response.Headers["Location"] = location;
        return response;
    }

    public GraphResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
