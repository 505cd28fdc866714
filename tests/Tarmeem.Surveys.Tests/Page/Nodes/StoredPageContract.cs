using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Tarmeem.Surveys.Page;
using Tarmeem.Surveys.Page.Nodes;
using Tarmeem.Testing.Page;

namespace Tarmeem.Surveys.Tests.Page.Nodes;

/// <summary>
/// The page's shared key and miss counter on a real database, each "node" a source or counter instance of its own
/// opening its own connections. Run once per provider by the derived classes.
/// </summary>
public abstract class StoredPageContract
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 7, 0, 0, TimeSpan.Zero);
    private static readonly PageKeyProtection Protection = PageKeyProtection.Parse(Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i + 1)).ToArray()));

    protected abstract Task<PageDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task LoadKey_EightNodesTogetherOnEmptyTable_AllGetTheOneStoredKey()
    {
        await using var database = await CreateDatabaseAsync();
        using var gate = new SemaphoreSlim(0);
        var nodes = Enumerable.Range(0, 8).Select(async _ =>
        {
            await gate.WaitAsync();
            return await new StoredFormKeySource(database.OpenAsync, Protection, new FakeTimeProvider(Start)).LoadKeyAsync(CancellationToken.None);
        }).ToList();
        gate.Release(8);

        var keys = await Task.WhenAll(nodes);
        var later = await new StoredFormKeySource(database.OpenAsync, Protection, new FakeTimeProvider(Start)).LoadKeyAsync(CancellationToken.None);

        Assert.Single((await database.RowsAsync("SELECT purpose FROM page_keys")));
        Assert.All(keys, key => Assert.Equal(later, key));
        Assert.Equal(FormSeal.KeyLength, later.Length);
    }

    [Fact]
    public async Task LoadKey_StoredRow_IsSealedNotThePlainKey()
    {
        await using var database = await CreateDatabaseAsync();
        var key = await new StoredFormKeySource(database.OpenAsync, Protection, new FakeTimeProvider(Start)).LoadKeyAsync(CancellationToken.None);

        var row = Assert.Single(await database.RowsAsync("SELECT purpose, protected_key, created_at FROM page_keys"));
        var stored = Convert.FromBase64String(row[1]);

        Assert.Equal(StoredFormKeySource.FormKeyName, row[0]);
        Assert.Equal(Start.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), row[2]);
        Assert.NotEqual(Convert.ToBase64String(key), row[1]);
        Assert.Equal(-1, stored.AsSpan().IndexOf(key.AsSpan(0, 8)));
        Assert.Equal(12 + 16 + FormSeal.KeyLength, stored.Length);
    }

    [Fact]
    public async Task LoadKey_OtherProtectionKey_RefusedNamingTheSettingAndNoNewKey()
    {
        await using var database = await CreateDatabaseAsync();
        await new StoredFormKeySource(database.OpenAsync, Protection, new FakeTimeProvider(Start)).LoadKeyAsync(CancellationToken.None);
        var before = await database.RowsAsync("SELECT protected_key FROM page_keys");
        var other = PageKeyProtection.Parse(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await new StoredFormKeySource(database.OpenAsync, other, new FakeTimeProvider(Start)).LoadKeyAsync(CancellationToken.None));

        Assert.Contains(PageKeyProtection.SettingKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("page_keys", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.RowsAsync("SELECT protected_key FROM page_keys"));
    }

    [Fact]
    public async Task RecordMiss_GuesserAlternatingTwoNodes_LimitedAfterTheSameMissesAsOnOneNode()
    {
        await using var database = await CreateDatabaseAsync();
        var clock = new FakeTimeProvider(Start);
        var options = new SurveyOptions { FailedLookupsPerMinute = 4 };
        var key = RandomNumberGenerator.GetBytes(FormSeal.KeyLength);
        IFailedGuessCounter[] nodes = [new StoredFailedGuessCounter(database.OpenAsync, key, options, clock), new StoredFailedGuessCounter(database.OpenAsync, key, options, clock)];
        var alone = new InMemoryFailedGuessCounter(options, clock);

        var spread = new List<bool>();
        var single = new List<bool>();
        for (var i = 0; i < 7; i++)
        {
            spread.Add(await nodes[i % 2].RecordMissAsync("203.0.113.7", CancellationToken.None));
            single.Add(await alone.RecordMissAsync("203.0.113.7", CancellationToken.None));
        }

        var neighbour = await nodes[0].RecordMissAsync("198.51.100.9", CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(59));
        var stillOver = await nodes[1].RecordMissAsync("203.0.113.7", CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        var nextMinute = await nodes[0].RecordMissAsync("203.0.113.7", CancellationToken.None);

        Assert.Equal([false, false, false, false, true, true, true], spread);
        Assert.Equal(single, spread);
        Assert.False(neighbour);
        Assert.True(stillOver);
        Assert.False(nextMinute);
    }

    [Fact]
    public async Task RecordMiss_ManyAtOnceOnTwoNodes_ExactlyTheAllowanceLetThrough()
    {
        await using var database = await CreateDatabaseAsync();
        var clock = new FakeTimeProvider(Start);
        var options = new SurveyOptions { FailedLookupsPerMinute = 10 };
        var key = RandomNumberGenerator.GetBytes(FormSeal.KeyLength);
        IFailedGuessCounter[] nodes = [new StoredFailedGuessCounter(database.OpenAsync, key, options, clock), new StoredFailedGuessCounter(database.OpenAsync, key, options, clock)];

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => nodes[i % 2].RecordMissAsync("203.0.113.7", CancellationToken.None).AsTask()));

        // A node that has seen the client blocked answers from memory, so the stored count may stop short of 16.
        var stored = int.Parse(Assert.Single(await database.RowsAsync("SELECT misses FROM failed_guesses"))[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(6, results.Count(blocked => blocked));
        Assert.InRange(stored, 11, 16);
    }

    [Fact]
    public async Task RecordMiss_StoredClient_IsAKeyedHashNotTheAddress()
    {
        await using var database = await CreateDatabaseAsync();
        var clock = new FakeTimeProvider(Start);
        var options = new SurveyOptions();
        await new StoredFailedGuessCounter(database.OpenAsync, RandomNumberGenerator.GetBytes(32), options, clock).RecordMissAsync("203.0.113.7", CancellationToken.None);
        await new StoredFailedGuessCounter(database.OpenAsync, RandomNumberGenerator.GetBytes(32), options, clock).RecordMissAsync("203.0.113.7", CancellationToken.None);

        var rows = await database.RowsAsync("SELECT client_key FROM failed_guesses");

        Assert.Equal(2, rows.Count);
        Assert.NotEqual(rows[0][0], rows[1][0]);
        Assert.All(rows, row => Assert.DoesNotContain("203", row[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordMiss_AMinuteAfterTheLastWindowEnded_EndedWindowsPurged()
    {
        await using var database = await CreateDatabaseAsync();
        var clock = new FakeTimeProvider(Start);
        var counter = new StoredFailedGuessCounter(database.OpenAsync, RandomNumberGenerator.GetBytes(32), new SurveyOptions(), clock);
        await counter.RecordMissAsync("203.0.113.7", CancellationToken.None);
        await counter.RecordMissAsync("198.51.100.9", CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(61));

        await counter.RecordMissAsync("192.0.2.1", CancellationToken.None);

        var row = Assert.Single(await database.RowsAsync("SELECT window_start, misses FROM failed_guesses"));
        Assert.Equal([clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), "1"], row);
    }
}
