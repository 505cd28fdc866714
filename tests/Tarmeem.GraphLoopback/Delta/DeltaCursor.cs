using Tarmeem.GraphLoopback.Http;

namespace Tarmeem.GraphLoopback.Delta;

/// <summary>What a link token stands for: the rest of a round being paged, or the point a later round starts from.</summary>
/// <param name="Scope">The collection the token belongs to.</param>
/// <param name="Options">The query options of the round (<c>$select</c>, <c>$expand</c>) that the links carry on.</param>
/// <param name="Entries">For a page token: the round's remaining lines; null for a delta token.</param>
/// <param name="Offset">For a page token: where the next page starts.</param>
/// <param name="PageSize">Page size of the round.</param>
/// <param name="Sequence">The change number the round reflects; a delta token resumes after it.</param>
public sealed record DeltaCursor(
    string Scope,
    ODataQuery Options,
    IReadOnlyList<DeltaEntry>? Entries,
    int Offset,
    int PageSize,
    long Sequence);
