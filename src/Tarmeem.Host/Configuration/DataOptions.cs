namespace Tarmeem.Host.Configuration;

/// <summary>Section <c>Tarmeem:Data</c>: which store, and where the embedded one keeps its file.</summary>
public sealed class DataOptions
{
    /// <summary>The folder of the SQLite store (<c>tarmeem.db</c>); created if missing.</summary>
    public string Directory { get; set; } = "data";

    /// <summary>SQLite (the default, one machine) or PostgreSQL (several <c>serve</c> nodes, Quartz clustered).</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>The PostgreSQL connection string, without a password (Npgsql reads <c>PGPASSWORD</c> or a pgpass file).</summary>
    public string? ConnectionString { get; set; }
}
