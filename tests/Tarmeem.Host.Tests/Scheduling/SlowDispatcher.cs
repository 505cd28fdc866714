using Tarmeem.Host.Scheduling;

namespace Tarmeem.Host.Tests.Scheduling;

/// <summary>A dispatch that takes longer than its trigger's interval, and remembers how many ran at once.</summary>
internal sealed class SlowDispatcher(TimeSpan duration) : ISurveyDispatcher
{
    private int running;
    private int maxRunning;
    private int runs;

    public int MaxRunning => Volatile.Read(ref maxRunning);

    public int Runs => Volatile.Read(ref runs);

    public async Task<JobResult> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref running);
        InterlockedMax(ref maxRunning, now);
        try
        {
            await Task.Delay(duration, cancellationToken);
            Interlocked.Increment(ref runs);
            return JobResult.Done("0 sent");
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
