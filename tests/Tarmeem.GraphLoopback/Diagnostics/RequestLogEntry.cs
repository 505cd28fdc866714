namespace Tarmeem.GraphLoopback.Diagnostics;

/// <summary>One answered request.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Target">Path and query as sent on the wire (percent-encoding kept), or the url inside a <c>$batch</c>.</param>
/// <param name="Path">Decoded path below <c>/v1.0</c> without the query, e.g. <c>/sites/s/lists/l/items/delta()</c>.</param>
/// <param name="Status">Status code answered.</param>
/// <param name="Time">When the answer was given (from the server's TimeProvider).</param>
/// <param name="InBatch">True for a request unpacked from a <c>$batch</c>.</param>
/// <param name="Body">The request body as text when it was JSON of at most 64 KiB (to check what the SDK wrote), else null.</param>
public sealed record RequestLogEntry(string Method, string Target, string Path, int Status, DateTimeOffset Time, bool InBatch, string? Body);
