using Tarmeem.Store.Delivery;
using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SqliteDeliveryLogTests : DeliveryLogContract
{
    protected override IStoreUnderTest NewStore() => new TempStoreFolder();

    [Fact]
    public async Task Migration5_DeliveredRowOfVersion4_StaysDeliveredWithTheTagOfItsLastDelivery()
    {
        using var folder = new TempStoreFolder();
        Directory.CreateDirectory(folder.DataDirectory);
        using (var connection = folder.OpenRawConnection())
        {
            await SchemaMigrator.ApplyAsync(connection, [.. SchemaMigrations.All.Take(4)], TimeProvider.System, folder.Location, CancellationToken.None);
            RawSql.Execute(connection, $"INSERT INTO report_deliveries VALUES ('board', '2026-Q3', {At.ToUnixTimeMilliseconds()}, 2, 3, 'a.docx\na.xlsx', 'Reports/2026/2026-Q3');");
        }

        await using var store = await folder.OpenAsync();
        var row = await new SqlDeliveryLog(store).FindAsync("board", "2026-Q3", CancellationToken.None);

        Assert.Equal(
            (DeliveryState.Delivered, "report:board:2026-Q3:2", At, 1, (DateTimeOffset?)At, 2, 3, "Reports/2026/2026-Q3"),
            (row!.State, row.MailTag, row.IntendedAt, row.Attempts, row.DeliveredAt, row.Deliveries, row.Recipients, row.LibraryFolder));
        Assert.Equal(["a.docx", "a.xlsx"], row.Files);
        Assert.Empty(row.SourceFiles);
    }
}
