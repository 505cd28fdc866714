using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tarmeem.Store;
using Tarmeem.Store.PostgreSql;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sqlite;
using Tarmeem.Store.Surveys;
using Tarmeem.Testing.Postgres;

namespace Tarmeem.Surveys.Tests.Support;

/// <summary>
/// A fresh store (records and survey tables): a SQLite file under the temp folder, removed afterwards, or a database
/// of its own on the test process's shared PostgreSQL cluster.
/// </summary>
internal sealed class TempStore : IAsyncDisposable
{
    private static int s_created;
    private readonly string? _root;
    private readonly Func<DbConnection> _openRaw;

    private TempStore(string? root, SqlServiceRecordStore records, Func<DbConnection> openRaw)
    {
        _root = root;
        _openRaw = openRaw;
        Records = records;
        Surveys = new SqlSurveyStore(records);
    }

    public SqlServiceRecordStore Records { get; }

    public SqlSurveyStore Surveys { get; }

    public static async Task<TempStore> OpenAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "tarmeem-survey-tests", Guid.NewGuid().ToString("N"));
        var records = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = root }, TimeProvider.System, CancellationToken.None);
        var raw = new SqliteConnectionStringBuilder { DataSource = records.Location, Pooling = false }.ToString();
        return new TempStore(root, records, () => new SqliteConnection(raw));
    }

    public static async Task<TempStore> OpenPostgreSqlAsync()
    {
        var cluster = await PostgresCluster.SharedAsync();
        var connectionString = await cluster.CreateDatabaseAsync(
            $"surveys_{Environment.ProcessId}_{Interlocked.Increment(ref s_created)}", CancellationToken.None);
        var records = await new PostgreSqlStoreProvider().OpenAsync(
            new StoreSettings(StoreProvider.PostgreSql, Path.GetTempPath(), connectionString), StoreArea.Live, TimeProvider.System, CancellationToken.None);
        var raw = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = PostgreSqlDataSources.LiveSchema, Pooling = false }.ConnectionString;
        return new TempStore(null, records, () => new NpgsqlConnection(raw));
    }

    /// <summary>A raw, unpooled connection for looking at what is really stored.</summary>
    public DbConnection OpenRaw()
    {
        var connection = _openRaw();
        connection.Open();
        return connection;
    }

    public List<string[]> Rows(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await Surveys.DisposeAsync();
        await Records.DisposeAsync();
        if (_root is not null && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
