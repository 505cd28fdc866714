using Tarmeem.Store;

namespace Tarmeem.Host.Configuration;

/// <summary>Section <c>Tarmeem:Data</c>: which database holds the store, and the data folder.</summary>
internal sealed class DataOptions
{
    /// <summary>
    /// The data folder: the SQLite store (<c>tarmeem.db</c>) and the sample's folder, the key files; created if missing.
    /// </summary>
    public string Directory { get; set; } = "data";

    /// <summary><c>Sqlite</c> (the default: one file in <see cref="Directory"/>) or <c>PostgreSql</c>.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>
    /// The PostgreSQL server (required for <c>PostgreSql</c>), without a password: Npgsql reads it from
    /// <c>PGPASSWORD</c> or a pgpass file.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>What the store factory needs of these settings.</summary>
    public StoreSettings ToStoreSettings() => new(Provider, Directory, ConnectionString);
}
