using Tarmeem.Store;
using Tarmeem.Store.PostgreSql;
using Tarmeem.Store.Sqlite;

namespace Tarmeem.Benchmarks.Providers;

/// <summary>
/// One provider's live store for a benchmark, and the environment that points a <c>tarmeem</c> child process at it
/// (the host reads <c>Tarmeem:Data</c> from the environment; no password: the throwaway server trusts loopback).
/// </summary>
internal sealed record BenchStore(string Name, IStoreFactory Factory, IReadOnlyDictionary<string, string> Environment)
{
    public static BenchStore Sqlite(string dataDirectory) => new(
        "SQLite",
        SqliteStoreProvider.Factory(dataDirectory, TimeProvider.System),
        new Dictionary<string, string>(StringComparer.Ordinal) { ["Tarmeem__Data__Directory"] = dataDirectory });

    public static BenchStore PostgreSql(string connectionString, string dataDirectory) => new(
        "PostgreSQL",
        PostgreSqlStoreProvider.Factory(connectionString, dataDirectory, TimeProvider.System),
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Tarmeem__Data__Directory"] = dataDirectory,
            ["Tarmeem__Data__Provider"] = nameof(StoreProvider.PostgreSql),
            ["Tarmeem__Data__ConnectionString"] = connectionString,
        });
}
