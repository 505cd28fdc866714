using System.Globalization;
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

    /// <summary>
    /// One record per arrival, in order, keyed as the association numbers them: prefix, year, and a sequence that
    /// starts again each year (<c>TRM-2026-000001</c>).
    /// </summary>
    public static List<T> Numbered<T>(IEnumerable<Arrival> arrivals, int expectedCount, string prefix, Func<Arrival, string, T> make)
    {
        var records = new List<T>(expectedCount);
        var year = 0;
        var sequence = 0;
        foreach (var arrival in arrivals)
        {
            if (arrival.Local.Year != year)
            {
                year = arrival.Local.Year;
                sequence = 0;
            }

            sequence++;
            records.Add(make(arrival, string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year:0000}-{sequence:000000}")));
        }

        return records;
    }
}
