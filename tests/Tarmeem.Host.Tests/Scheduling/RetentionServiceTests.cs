using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Tests.Sync;
using static Tarmeem.Host.Tests.Scheduling.OperationsHarness;

namespace Tarmeem.Host.Tests.Scheduling;

public sealed class RetentionServiceTests
{
    [Fact]
    public async Task RunAsync_ContactsOlderThan180Days_AreRemovedAndNewerOnesKept()
    {
        var now = Riyadh(2026, 12, 1, 2, 30);
        await using var h = Create(now);
        await using (var store = await h.Stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout()))
        {
            await store.JobRuns.StartAsync("sync", "node-a", now.AddDays(-401), SyncHarness.Timeout());
            await store.JobRuns.StartAsync("sync", "node-a", now.AddDays(-1), SyncHarness.Timeout());
        }

        var database = Path.Combine(h.Folder.Sub("data"), SqliteStore.DatabaseFileName);
        await ExecuteAsync(database, $"""
            INSERT INTO survey_contacts (subject_kind, subject_id, email_address, contact_key, updated_at) VALUES
              ('Case', 'old', 'old@example.com', 'k1', {now.AddDays(-181).ToUnixTimeMilliseconds()}),
              ('Case', 'edge', 'edge@example.com', 'k2', {now.AddDays(-179).ToUnixTimeMilliseconds()}),
              ('Inquiry', 'new', 'new@example.com', 'k3', {now.AddDays(-3).ToUnixTimeMilliseconds()});
            """);

        var result = await h.Services.GetRequiredService<RetentionService>().RunAsync(SyncHarness.Timeout());

        Assert.Equal("Removed 1 survey contacts older than 180 days and 1 run records older than 400 days.", result.Message);
        Assert.Equal(["edge", "new"], await ReadAsync(database, "SELECT subject_id FROM survey_contacts ORDER BY subject_id;"));
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ReadAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
