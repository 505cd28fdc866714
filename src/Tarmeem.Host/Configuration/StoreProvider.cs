namespace Tarmeem.Host.Configuration;

/// <summary>Where the data lives (<c>Tarmeem:Data:Provider</c>): one SQLite file, or a PostgreSQL database several nodes share.</summary>
public enum StoreProvider
{
    Sqlite = 0,

    PostgreSql = 1,
}
