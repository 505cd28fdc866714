using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Store.PostgreSql;
using Tarmeem.Testing.Postgres;

namespace Tarmeem.Host.Tests.StoreCopy;

/// <summary>Empty databases on the test run's PostgreSQL, their settings files, and plain dumps of both stores to compare.</summary>
internal static class CopyTargets
{
    private static int s_created;

    /// <summary>A new empty database and the settings file naming it; returns the file and the live schema's data source.</summary>
    public static async Task<(string SettingsFile, NpgsqlDataSource Target)> CreateAsync(TempFolder temp)
    {
        var cluster = await PostgresCluster.SharedAsync();
        var connectionString = await cluster.CreateDatabaseAsync(
            string.Create(CultureInfo.InvariantCulture, $"store_copy_{Interlocked.Increment(ref s_created)}"), CancellationToken.None);
        return (SettingsFile(temp, "PostgreSql", connectionString), PostgreSqlDataSources.Create(connectionString, PostgreSqlDataSources.LiveSchema));
    }

    public static string SettingsFile(TempFolder temp, string? provider, string? connectionString)
    {
        var data = new Dictionary<string, string>();
        if (provider is not null)
        {
            data["Provider"] = provider;
        }

        if (connectionString is not null)
        {
            data["ConnectionString"] = connectionString;
        }

        var path = temp.Sub($"target-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { Tarmeem = new { Data = data } }));
        return path;
    }

    /// <summary>
    /// Every data table of the SQLite store as sorted text rows (SELECT *, so generated columns too); opened immutable,
    /// so that this reading leaves no -wal or -shm file beside it either.
    /// </summary>
    public static async Task<SortedDictionary<string, List<string>>> DumpAsync(string sqliteFile)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = new Uri(sqliteFile).AbsoluteUri + "?immutable=1",
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        var tables = await RowsAsync(connection,
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'");
        var dump = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            dump[table] = await RowsAsync(connection, $"SELECT * FROM \"{table}\"");
        }

        return dump;
    }

    /// <summary>The same tables of the PostgreSQL store.</summary>
    public static async Task<SortedDictionary<string, List<string>>> DumpAsync(NpgsqlDataSource target, IEnumerable<string> tables)
    {
        await using var connection = await target.OpenConnectionAsync();
        var dump = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            dump[table] = await RowsAsync(connection, $"SELECT * FROM \"{table}\"");
        }

        return dump;
    }

    public static async Task<long> CountAllAsync(NpgsqlDataSource target, IEnumerable<string> tables)
    {
        long total = 0;
        foreach (var table in tables)
        {
            await using var command = target.CreateCommand($"SELECT count(*) FROM \"{table}\"");
            total += (long)(await command.ExecuteScalarAsync())!;
        }

        return total;
    }

    private static async Task<List<string>> RowsAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(column =>
                reader.IsDBNull(column) ? "NULL" : Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
