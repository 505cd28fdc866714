namespace Tarmeem.Host.StoreCopy;

/// <summary>One table copied and verified: its rows, the checksum both sides gave, and the time writing and reading back took.</summary>
internal sealed record TableCopy(string Table, long Rows, string Checksum, TimeSpan Elapsed);
