using System.Collections.Concurrent;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// <see cref="IFailedGuessCounter"/> in this process: a fixed one-minute window per client on the injected clock.
/// Windows that have ended are swept once a minute, so a spray of addresses cannot grow it without bound.
/// </summary>
public sealed class InMemoryFailedGuessCounter(SurveyOptions options, TimeProvider time) : IFailedGuessCounter
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, MissWindow> _windows = new(StringComparer.Ordinal);
    private readonly int _allowed = options.FailedLookupsPerMinute;
    private long _nextSweep;

    public ValueTask<bool> RecordMissAsync(string client, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        Sweep(now);
        var window = _windows.AddOrUpdate(
            client,
            static (_, now) => new MissWindow(now, 1),
            (_, current, now) => time.GetElapsedTime(current.Start, now) >= Window ? new MissWindow(now, 1) : current with { Misses = current.Misses + 1 },
            now);
        return ValueTask.FromResult(window.Misses > _allowed);
    }

    private void Sweep(long now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (now < due || Interlocked.CompareExchange(ref _nextSweep, now + (long)(Window.TotalSeconds * time.TimestampFrequency), due) != due)
        {
            return;
        }

        foreach (var (client, window) in _windows)
        {
            if (time.GetElapsedTime(window.Start, now) >= Window)
            {
                _windows.TryRemove(new KeyValuePair<string, MissWindow>(client, window));
            }
        }
    }

    private sealed record MissWindow(long Start, int Misses);
}
