namespace Tarmeem.GraphLoopback.Http;

/// <summary>One request as the routes see it, whether it came over the socket or out of a <c>$batch</c> body.</summary>
/// <param name="Method">HTTP method, upper case.</param>
/// <param name="Target">Path and query exactly as sent (still percent-encoded), for the request log.</param>
/// <param name="Segments">The decoded path below <c>/v1.0</c>, split on '/'.</param>
/// <param name="Query">Decoded query parameters; names are matched with or without the leading '$'.</param>
/// <param name="Headers">Request headers, names case-insensitive.</param>
/// <param name="Body">The raw body (empty when none).</param>
/// <param name="InBatch">True when the request was unpacked from a <c>$batch</c>.</param>
public sealed record GraphRequest(
    string Method,
    string Target,
    IReadOnlyList<string> Segments,
    ODataQuery Query,
    IReadOnlyDictionary<string, string> Headers,
    ReadOnlyMemory<byte> Body,
    bool InBatch)
{
    /// <summary>The decoded path with a leading '/', e.g. <c>/sites/x/lists/y/items/delta()</c>.</summary>
    public string Path => "/" + string.Join('/', Segments);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public bool IsMethod(string method) => string.Equals(Method, method, StringComparison.OrdinalIgnoreCase);
}
