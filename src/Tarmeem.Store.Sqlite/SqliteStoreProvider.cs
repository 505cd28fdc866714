using Tarmeem.Store.Records;

namespace Tarmeem.Store.Sqlite;

/// <summary>The SQLite store: <c>&lt;data&gt;/tarmeem.db</c>, and the sample's in <c>&lt;data&gt;/sample</c>.</summary>
public sealed class SqliteStoreProvider : IStoreProvider
{
    /// <summary>The sample's folder under the data folder, so that <c>--sample</c> can never overwrite synced data.</summary>
    public const string SampleFolder = "sample";

    public StoreProvider Provider => StoreProvider.Sqlite;

    /// <summary>A factory over the SQLite store in <paramref name="dataDirectory"/> (tests and tools).</summary>
    public static IStoreFactory Factory(string dataDirectory, TimeProvider time) =>
        new StoreFactory([new SqliteStoreProvider()], new StoreSettings(StoreProvider.Sqlite, dataDirectory, null), time);

    /// <summary>The folder that holds the store of <paramref name="area"/>.</summary>
    public static string Directory(string dataDirectory, StoreArea area) =>
        area == StoreArea.Sample ? Path.Combine(dataDirectory, SampleFolder) : dataDirectory;

    public Task<SqlServiceRecordStore> OpenAsync(StoreSettings settings, StoreArea area, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return SqliteStore.OpenAsync(new StoreOptions { DataDirectory = Directory(settings.DataDirectory, area) }, time, cancellationToken);
    }
}
