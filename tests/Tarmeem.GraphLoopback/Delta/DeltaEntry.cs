using System.Text.Json.Nodes;

namespace Tarmeem.GraphLoopback.Delta;

/// <summary>One line of a delta feed: the resource as it stands, or null when it was deleted.</summary>
public sealed record DeltaEntry(string Id, JsonObject? State)
{
    public bool IsDeleted => State is null;
}
