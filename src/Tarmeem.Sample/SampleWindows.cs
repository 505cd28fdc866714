using Tarmeem.Core.Time;

namespace Tarmeem.Sample;

/// <summary>The two years the sample covers and the instant it ends, all derived from the options.</summary>
internal sealed record SampleWindows
{
    public SampleWindows(SampleDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        EndDate = options.LastMonth.AddMonths(1);
        MainYearStart = options.LastMonth.AddMonths(-11);
        PreviousYearStart = MainYearStart.AddMonths(-12);
        Scale = options.Scale;
        EndLocal = EndDate.ToDateTime(TimeOnly.MinValue);
        Offset = RiyadhTime.Zone.GetUtcOffset(EndLocal);
    }

    public DateOnly PreviousYearStart { get; }

    public DateOnly MainYearStart { get; }

    /// <summary>The day after the last month: the first date the sample must not reach.</summary>
    public DateOnly EndDate { get; }

    public DateTime EndLocal { get; }

    public TimeSpan Offset { get; }

    public double Scale { get; }

    public DateTimeOffset End => new(EndLocal, Offset);

    public DateTimeOffset At(DateTime local) => new(local, Offset);

    /// <summary>The instant if it has already happened at the end of the sample, else null.</summary>
    public DateTimeOffset? IfPast(DateTime? local) => local is { } value && value < EndLocal ? At(value) : null;
}
