using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Tarmeem.Sample;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;

namespace Tarmeem.Host.Tests.StoreCopy;

/// <summary>
/// A real SQLite store that looks synced: the sample's records and answers through the store, and rows in every other
/// table (survey contacts, outbox, tokens, deliveries, job runs and their nodes, reviews, coverage, sync state, mailbox
/// marks, page keys, failed guesses…) with
/// awkward values: Arabic, emoji, quotes, line breaks, empty text, NULLs and 64-bit extremes.
/// </summary>
internal static class SyncedSqliteStore
{
    public static readonly DateOnly LastMonth = new(2026, 10, 1);

    /// <summary>Text that must survive the copy unchanged.</summary>
    public static readonly string[] AwkwardTexts =
        ["طلب مساعدة — فرع مكة", "emoji 🙂 and \"quotes\" and 'apostrophes'", "line\nbreak\ttab", "", "Ω≈ç√ ＡＢＣ", "back\\slash;semi"];

    public static async Task CreateAsync(string dataDirectory, double scale = 0.05)
    {
        var store = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = dataDirectory }, CancellationToken.None);
        await using (store)
        {
            await store.SaveAsync(
                SampleDataGenerator.Generate(new SampleDataOptions { LastMonth = LastMonth, Scale = scale }), CancellationToken.None);
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, SqliteStore.DatabaseFileName),
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        for (var i = 0; i < AwkwardTexts.Length; i++)
        {
            await ExecuteAsync(connection, transaction, FillSql, ("@text", AwkwardTexts[i]), ("@i", i));
        }

        await ExecuteAsync(connection, transaction, BulkSql);
        await transaction.CommitAsync();
    }

    /// <summary>The SHA-256 of every file in the folder, by name: to show the copy left the source as it was.</summary>
    public static Dictionary<string, string> FileHashes(string directory) =>
        Directory.GetFiles(directory).ToDictionary(
            file => Path.GetFileName(file),
            file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))),
            StringComparer.Ordinal);

    private static async Task ExecuteAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    // One row per awkward text in each small table; invitation ids come from the sample's invitations.
    private const string FillSql = """
        INSERT INTO sync_sources VALUES ('list:' || @i, CASE WHEN @i % 2 = 0 THEN NULL ELSE 'https://graph/delta?' || @text END, @i, @i % 2, 1790000000000 + @i);
        INSERT INTO sync_coverage VALUES ('list:' || @i, 'Cases', 1700000000000 - @i);
        INSERT INTO mail_messages VALUES ('inbox', 'msg-' || @i, 'conv-' || @text, 1790000000000,
            CASE WHEN @i % 2 = 0 THEN 1790000001000 END, NULL, 'Email', 'Makkah', @i % 2);
        INSERT INTO survey_contacts VALUES ('Case', 'C-' || @i, 'person' || @i || '@example.org', 'key-' || @i, 1790000000000);
        INSERT INTO survey_outbox SELECT 'out-' || @i, id, 'Invitation', 'key-' || @i, 'Sent', 'draft-' || @text, NULL,
            '<' || @i || '@example>', @i, 1790000000000, 1790000000000, 1790000002000, NULL FROM survey_invitations ORDER BY id LIMIT 1 OFFSET @i;
        INSERT INTO survey_tokens SELECT 'hash-' || @i, id, 1790000000000 FROM survey_invitations ORDER BY id LIMIT 1 OFFSET @i;
        INSERT INTO survey_opt_outs VALUES ('key-' || @i, 1790000000000);
        INSERT INTO survey_bounces VALUES ('key-' || @i, @i, 1790000000000);
        INSERT INTO survey_replies VALUES ('reply-' || @i, NULL, 'Unmatched', 1790000000000);
        INSERT INTO report_deliveries VALUES ('board', '2026-Q' || @i, 'Delivered', 'report:board:' || @i, 1790000000000, 1,
            1790000003000, 1, 3, '["' || @text || '.docx"]', '[]', NULL);
        INSERT INTO report_reviews VALUES ('board', '2026-R' || @i, 'Pending', 'item-' || @i, '/review/' || @text, NULL,
            'review-hash-' || @i, '[]', 1790000000000, NULL, NULL, NULL, NULL, @text);
        INSERT INTO quarantined_records VALUES ('copy-test', 'Q-' || @i, @text, 1790000000000, 1790000000000,
            CASE WHEN @i % 2 = 0 THEN 1790000009000 END, 'NotADate', CASE WHEN @i % 3 = 0 THEN NULL ELSE 'col-' || @text END);
        INSERT INTO page_keys VALUES ('page-' || @i, 'sealed-' || @text, 1790000000000);
        INSERT INTO failed_guesses VALUES ('client-' || @i, 1790000000000, @i);
        """;

    // Enough rows for several COPY buffers, job ids with gaps and a 64-bit extreme.
    private const string BulkSql = """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
        INSERT INTO job_runs (id, job, started_at, finished_at, outcome, message, node)
            SELECT i * 3, 'sync', 1790000000000 + i, CASE WHEN i % 7 = 0 THEN NULL ELSE 1790000000500 + i END,
                   CASE WHEN i % 7 = 0 THEN 'Running' ELSE 'Succeeded' END, CASE WHEN i % 5 = 0 THEN 'رسالة ' || i END,
                   CASE WHEN i % 2 = 0 THEN 'node-' || (i % 3) END FROM n;
        INSERT INTO job_runs (id, job, started_at, finished_at, outcome, message)
            VALUES (9223372036854775000, 'extreme', -9223372036854775808, 9223372036854775807, 'Failed', '');
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
        INSERT INTO sync_items SELECT 'list:' || (i % 4), printf('item-%06d', i), CASE WHEN i % 9 = 0 THEN NULL ELSE 'C-' || i END, i % 3 FROM n;
        INSERT INTO service_starts (id, started_at) VALUES (1, 1780000000000), (5, 1790000000000);
        """;
}
