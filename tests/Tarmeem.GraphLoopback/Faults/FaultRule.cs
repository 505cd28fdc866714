using System.Text.RegularExpressions;

namespace Tarmeem.GraphLoopback.Faults;

/// <summary>A fault armed for the requests whose decoded path matches <see cref="Pattern"/>, a fixed number of times.</summary>
public sealed class FaultRule
{
    private int _remaining;
    private int _hits;

    internal FaultRule(Regex pattern, string? method, GraphFault fault, int times)
    {
        Pattern = pattern;
        Method = method;
        Fault = fault;
        _remaining = times;
    }

    public Regex Pattern { get; }

    /// <summary>Only this method is faulted, or every method when null.</summary>
    public string? Method { get; }

    public GraphFault Fault { get; }

    /// <summary>How many more requests will get the fault.</summary>
    public int Remaining => Volatile.Read(ref _remaining);

    /// <summary>How many requests got the fault so far.</summary>
    public int Hits => Volatile.Read(ref _hits);

    internal bool TryFire(string method, string path)
    {
        if (Method is not null && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!Pattern.IsMatch(path))
        {
            return false;
        }

        while (true)
        {
            var left = Volatile.Read(ref _remaining);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _remaining, left - 1, left) == left)
            {
                Interlocked.Increment(ref _hits);
                return true;
            }
        }
    }
}
