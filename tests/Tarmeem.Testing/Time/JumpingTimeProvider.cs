using Microsoft.Extensions.Time.Testing;

namespace Tarmeem.Testing.Time;

/// <summary>
/// A fake clock on which nobody waits: each timer that is started (a retry's <c>Task.Delay</c>, a Retry-After)
/// moves the clock forward by its due time, so the timer fires at once and every time a test reads is exact and
/// the same on every run, however slow the machine.
/// </summary>
public sealed class JumpingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            // After the caller holds its timer: Task.Delay must see its own timer before the callback runs.
            ThreadPool.UnsafeQueueUserWorkItem(_ => Advance(dueTime), null);
        }

        return timer;
    }
}
