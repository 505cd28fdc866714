using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;

namespace Tarmeem.Surveys.Page.Nodes;

/// <summary>
/// <see cref="IFailedGuessCounter"/> in the shared store's <c>failed_guesses</c>, so a guesser is limited whichever
/// node he reaches: the same fixed one-minute window per client as <see cref="InMemoryFailedGuessCounter"/> (it starts
/// at the client's first miss after the last one ended), counted by one atomic upsert on the wall clock every node
/// shares. The client is stored as a keyed hash under a key derived from the page key, never as an address. Only misses
/// reach here, so a valid link costs no round trip; a client this node has seen blocked is refused from memory until
/// its window ends, so a blocked guesser costs none either.
/// </summary>
public sealed class StoredFailedGuessCounter : IFailedGuessCounter
{
    private const long WindowMs = 60_000;

    private const string Count = """
        INSERT INTO failed_guesses (client_key, window_start, misses) VALUES (@client_key, @now, 1)
        ON CONFLICT (client_key) DO UPDATE SET
            window_start = CASE WHEN failed_guesses.window_start <= @ended THEN excluded.window_start ELSE failed_guesses.window_start END,
            misses = CASE WHEN failed_guesses.window_start <= @ended THEN 1 ELSE failed_guesses.misses + 1 END
        RETURNING misses, window_start
        """;

    private const string Purge = "DELETE FROM failed_guesses WHERE window_start <= @ended";

    private static readonly byte[] HashPurpose = Encoding.ASCII.GetBytes("tarmeem/failed_guesses/client_key");

    private readonly Func<CancellationToken, ValueTask<DbConnection>> _open;
    private readonly byte[] _hashKey;
    private readonly int _allowed;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, long> _blockedUntil = new(StringComparer.Ordinal);
    private long _nextPurge;

    public StoredFailedGuessCounter(Func<CancellationToken, ValueTask<DbConnection>> open, ReadOnlySpan<byte> pageKey, SurveyOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _open = open;
        // A key of its own, so a client hash says nothing about the form seals and the other way round.
        _hashKey = HMACSHA256.HashData(pageKey, HashPurpose);
        _allowed = options.FailedLookupsPerMinute;
        _time = time;
    }

    public async ValueTask<bool> RecordMissAsync(string client, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        if (_blockedUntil.TryGetValue(client, out var until) && now < until)
        {
            return true;
        }

        await using var connection = await _open(cancellationToken);
        await PurgeIfDueAsync(connection, now, cancellationToken);
        long misses;
        long windowStart;
        await using (var command = PageCommands.Create(connection, Count, ("@client_key", HashOf(client)), ("@now", now), ("@ended", now - WindowMs)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            misses = reader.GetInt64(0);
            windowStart = reader.GetInt64(1);
        }

        if (misses <= _allowed)
        {
            return false;
        }

        _blockedUntil[client] = windowStart + WindowMs;
        return true;
    }

    /// <summary>Ended windows go once a minute per node: one indexed delete, so a spray of addresses cannot grow the table.</summary>
    private async Task PurgeIfDueAsync(DbConnection connection, long now, CancellationToken cancellationToken)
    {
        var due = Interlocked.Read(ref _nextPurge);
        if (now < due || Interlocked.CompareExchange(ref _nextPurge, now + WindowMs, due) != due)
        {
            return;
        }

        foreach (var (client, until) in _blockedUntil)
        {
            if (until <= now)
            {
                _blockedUntil.TryRemove(new KeyValuePair<string, long>(client, until));
            }
        }

        await using var purge = PageCommands.Create(connection, Purge, ("@ended", now - WindowMs));
        await purge.ExecuteNonQueryAsync(cancellationToken);
    }

    private string HashOf(string client)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(client), mac);
        return Base64Url.EncodeToString(mac);
    }
}
