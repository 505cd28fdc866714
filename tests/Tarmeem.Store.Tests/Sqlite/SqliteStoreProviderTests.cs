namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SqliteStoreProviderTests
{
    [Fact]
    public async Task OpenAsync_LiveAndSample_OpenSeparateFilesInTheDataFolderAndItsSampleFolder()
    {
        using var folder = new TempStoreFolder();
        var stores = SqliteStoreProvider.Factory(folder.DataDirectory, new FixedTimeProvider(TempStoreFolder.MigratedAt));

        await using var live = await stores.OpenAsync(StoreArea.Live, CancellationToken.None);
        await using var sample = await stores.OpenAsync(StoreArea.Sample, CancellationToken.None);
        await sample.Records.UpsertCasesAsync([StoreSamples.FullCase("C-1")], CancellationToken.None);

        Assert.Equal(Path.Combine(Path.GetFullPath(folder.DataDirectory), "tarmeem.db"), live.Location);
        Assert.Equal(Path.Combine(Path.GetFullPath(folder.DataDirectory), "sample", "tarmeem.db"), sample.Location);
        Assert.Equal(0, (await live.Records.CountAsync(CancellationToken.None)).Cases);
        Assert.Equal(1, (await sample.Records.CountAsync(CancellationToken.None)).Cases);
    }

    [Fact]
    public void StoreFactory_PostgreSqlNotShipped_SaysWhichKeyAndWhatToDo()
    {
        var settings = new StoreSettings(StoreProvider.PostgreSql, "data", "Host=db.example;Database=tarmeem");

        var error = Assert.Throws<InvalidOperationException>(() => new StoreFactory([new SqliteStoreProvider()], settings, TimeProvider.System));

        Assert.Contains("Tarmeem:Data:Provider is PostgreSql", error.Message, StringComparison.Ordinal);
        Assert.Contains("set it to Sqlite", error.Message, StringComparison.Ordinal);
    }
}
