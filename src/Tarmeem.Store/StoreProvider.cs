namespace Tarmeem.Store;

/// <summary>The database behind the store (<c>Tarmeem:Data:Provider</c>).</summary>
public enum StoreProvider
{
    /// <summary>One SQLite file in the data folder: the default, for one node.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by several nodes.</summary>
    PostgreSql,
}
