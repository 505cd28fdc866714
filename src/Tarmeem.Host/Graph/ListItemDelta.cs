namespace Tarmeem.Host.Graph;

/// <summary>A list item as a delta feed gives it: its id, whether it was deleted, and its selected fields (typed by the SDK).</summary>
internal sealed record ListItemDelta(string Id, bool Deleted, IReadOnlyDictionary<string, object?> Fields);
