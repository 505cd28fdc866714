using System.Text.RegularExpressions;

namespace Tarmeem.GraphLoopback.Faults;

/// <summary>Faults armed by tests. The first armed rule matching a request (method and decoded path plus query) fires.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];

    /// <summary>Set its delay to keep sent messages in the Outbox for a while.</summary>
    public SlowOutbox SlowOutbox { get; } = new();

    /// <summary>
    /// Arms <paramref name="fault"/> for the next <paramref name="times"/> requests whose decoded path and query
    /// (below <c>/v1.0</c>, e.g. <c>/users/u/mailFolders/inbox/messages/delta()?$select=id</c>) match the regular
    /// expression <paramref name="pathPattern"/>. Requests inside a <c>$batch</c> are matched one by one.
    /// </summary>
    public FaultRule Inject(string pathPattern, GraphFault fault, int times = 1, string? method = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathPattern);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        var rule = new FaultRule(
            new Regex(pathPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            method,
            fault,
            times);
        lock (_gate)
        {
            _rules.Add(rule);
        }

        return rule;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    internal GraphFault? TryTake(string method, string pathAndQuery)
    {
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (rule.TryFire(method, pathAndQuery))
                {
                    return rule.Fault;
                }
            }
        }

        return null;
    }
}
