using System.Data.Common;
using Microsoft.Data.Sqlite;
using Tarmeem.Store.Records;
using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests;

/// <summary>A fresh folder under the system temp path for one test's SQLite database, removed afterwards.</summary>
internal sealed class TempStoreFolder : IStoreUnderTest, IDisposable
{
    public static readonly DateTimeOffset MigratedAt = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public TempStoreFolder()
    {
        // The store creates the folder itself; leaving it absent also proves that.
        DataDirectory = Path.Combine(Path.GetTempPath(), "tarmeem-store-tests", Guid.NewGuid().ToString("N"), "data");
    }

    public string DataDirectory { get; }

    public string Location => Path.Combine(DataDirectory, SqliteStore.DatabaseFileName);

    public StoreOptions Options => new() { DataDirectory = DataDirectory };

    public Task<SqlServiceRecordStore> OpenAsync() =>
        SqliteStore.OpenAsync(Options, new FixedTimeProvider(MigratedAt), CancellationToken.None);

    /// <summary>A connection outside the store, unpooled so that it leaves no handle on the file.</summary>
    public SqliteConnection OpenRawConnection()
    {
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = Location, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    DbConnection IStoreUnderTest.OpenRawConnection() => OpenRawConnection();

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        var root = Path.GetDirectoryName(DataDirectory)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
