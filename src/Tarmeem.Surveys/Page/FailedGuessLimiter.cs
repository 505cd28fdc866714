using System.Threading.RateLimiting;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// Limits failed link lookups per client address with ASP.NET Core's rate limiter primitives (a fixed window per
/// address). Only failures take permits, so someone answering their own survey is never slowed; an address that has
/// used its failures is refused before any lookup until the window turns.
/// </summary>
public sealed class FailedGuessLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public FailedGuessLimiter(SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permits = options.FailedLookupsPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true }));
    }

    public bool IsBlocked(string address) => _limiter.GetStatistics(address)?.CurrentAvailablePermits <= 0;

    public void RecordFailure(string address)
    {
        using var lease = _limiter.AttemptAcquire(address);
    }

    public void Dispose() => _limiter.Dispose();
}
