using Tarmeem.Core.Domain;

namespace Tarmeem.Sample;

/// <summary>One case or inquiry arriving: local Riyadh wall-clock time and channel.</summary>
internal readonly record struct Arrival(DateTime Local, Channel Channel) : IComparable<Arrival>
{
    public int CompareTo(Arrival other)
    {
        var byTime = Local.CompareTo(other.Local);
        return byTime != 0 ? byTime : Channel.CompareTo(other.Channel);
    }
}
