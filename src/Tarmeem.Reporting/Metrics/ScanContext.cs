namespace Tarmeem.Reporting.Metrics;

/// <summary>What every scan of one period needs: the prepared records, the window and the standard.</summary>
internal sealed class ScanContext
{
    public ScanContext(PreparedRecords records, BusinessDayCounter businessDays, DayWindow window, int standardDays)
    {
        Records = records;
        BusinessDays = businessDays;
        Window = window;
        StandardDays = standardDays;
        StandardTicks = standardDays * TimeSpan.TicksPerDay;
        EndInstant = records.Calendar.StartOf(DateOnly.FromDayNumber(window.End + 1));
    }

    public PreparedRecords Records { get; }

    public BusinessDayCounter BusinessDays { get; }

    public DayWindow Window { get; }

    public int StandardDays { get; }

    public long StandardTicks { get; }

    /// <summary>The end of the period's last day: local midnight after it.</summary>
    public DateTimeOffset EndInstant { get; }
}
