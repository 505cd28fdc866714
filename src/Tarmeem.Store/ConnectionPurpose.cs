namespace Tarmeem.Store;

/// <summary>What a connection is opened for; a provider tunes each differently.</summary>
public enum ConnectionPurpose
{
    /// <summary>The record store's reads and writes: bulk upserts and window reads.</summary>
    Records,

    /// <summary>The small stores' short statements (survey, sync state, logs).</summary>
    Light,

    /// <summary>A writer whose commits must survive a power cut before they are acknowledged.</summary>
    Durable,

    /// <summary>A connection kept open by its caller for read-only lookups, outside the provider's pool.</summary>
    ReadOnly,
}
