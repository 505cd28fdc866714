namespace Tarmeem.Host.Graph;

/// <summary>One page of a delta feed: either a next link (more pages in this round) or a delta link (round done).</summary>
internal sealed record DeltaPage<T>(IReadOnlyList<T> Items, string? NextLink, string? DeltaLink);
