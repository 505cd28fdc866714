namespace Tarmeem.GraphLoopback.Faults;

/// <summary>Exchange's 409 when an item changed under an update (e.g. a PATCH racing the store's own processing).</summary>
public static class ConflictFault
{
    public static GraphFault Irresolvable() => new(
        409,
        "ErrorIrresolvableConflict",
        "The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.",
        null);
}
