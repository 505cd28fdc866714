namespace Tarmeem.GraphLoopback.Faults;

/// <summary>
/// How long a sent message sits in the Outbox folder (by the server's clock) before it moves to Sent Items, as Exchange
/// does under load. Zero (the default) files it in Sent Items at once.
/// </summary>
public sealed class SlowOutbox
{
    private long _delayTicks;

    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _delayTicks));
        set => Interlocked.Exchange(
            ref _delayTicks,
            value >= TimeSpan.Zero ? value.Ticks : throw new ArgumentOutOfRangeException(nameof(value), value, "The delay cannot be negative."));
    }
}
