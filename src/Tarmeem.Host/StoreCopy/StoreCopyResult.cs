namespace Tarmeem.Host.StoreCopy;

/// <summary>A committed, verified copy.</summary>
/// <param name="Target">Where it went (schema, database, host and port).</param>
internal sealed record StoreCopyResult(string Source, long SchemaVersion, string Target, IReadOnlyList<TableCopy> Tables, TimeSpan Elapsed);
