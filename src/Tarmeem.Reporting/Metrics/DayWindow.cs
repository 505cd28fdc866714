using Tarmeem.Core.Time;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// A period as local day numbers (<see cref="DateOnly.DayNumber"/>), both ends included, so that membership
/// is two integer comparisons against dates converted once per record.
/// </summary>
internal readonly record struct DayWindow(int Start, int End)
{
    /// <summary>Marks a missing timestamp; larger than any real day, so "missing" never falls on or before an end.</summary>
    public const int NoDay = int.MaxValue;

    public static DayWindow Of(ReportPeriod period) => new(period.Start.DayNumber, period.End.DayNumber);

    public bool Contains(int day) => day >= Start && day <= End;
}
