using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SqliteQuarantineMigrationTests
{
    private static readonly DateTimeOffset At = new(2026, 10, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Migration12_RecordHeldBackBeforeIt_StaysHeldAsUnclassifiedWithNoColumn()
    {
        using var folder = new TempStoreFolder();
        Directory.CreateDirectory(folder.DataDirectory);
        using (var connection = folder.OpenRawConnection())
        {
            await SchemaMigrator.ApplyAsync(connection, [.. SchemaMigrations.All.Take(11)], TimeProvider.System, folder.Location, CancellationToken.None);
            var ms = At.ToUnixTimeMilliseconds();
            RawSql.Execute(connection, $"INSERT INTO quarantined_records VALUES ('cases', '4711', 'column ''Received'' is not a date', {ms}, {ms}, NULL);");
        }

        await using var store = await folder.OpenAsync();
        var read = await store.ReadAsync(At.AddDays(-3), At.AddDays(30), CancellationToken.None);

        var held = Assert.Single(read.Quarantined);
        Assert.Equal(("4711", "column 'Received' is not a date", QuarantineProblem.Unclassified, (string?)null), (held.SourceId, held.Reason, held.Problem, held.Field));
    }
}
