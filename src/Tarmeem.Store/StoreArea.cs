namespace Tarmeem.Store;

/// <summary>Which data a store holds: the synced data, or the generated sample kept apart from it.</summary>
public enum StoreArea
{
    Live,

    /// <summary>The sample: its own SQLite folder (<c>&lt;data&gt;/sample</c>) or its own PostgreSQL schema.</summary>
    Sample,
}
