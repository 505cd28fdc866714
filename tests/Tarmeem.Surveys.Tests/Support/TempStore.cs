using Microsoft.Data.Sqlite;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;

namespace Tarmeem.Surveys.Tests.Support;

/// <summary>A fresh store (records and survey tables) under the temp folder, removed afterwards.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private readonly string _root;

    private TempStore(string root, SqlServiceRecordStore records)
    {
        _root = root;
        Records = records;
        Surveys = new SqlSurveyStore(records);
    }

    public SqlServiceRecordStore Records { get; }

    public SqlSurveyStore Surveys { get; }

    public static async Task<TempStore> OpenAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "tarmeem-survey-tests", Guid.NewGuid().ToString("N"));
        var records = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = root }, TimeProvider.System, CancellationToken.None);
        return new TempStore(root, records);
    }

    /// <summary>A raw, unpooled connection for looking at what is really stored.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Records.Location, Pooling = false }.ToString());
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
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
