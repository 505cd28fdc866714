namespace Tarmeem.Host.Configuration;

/// <summary>
/// Section <c>Tarmeem:Calendar</c>: the working calendar. Local time is Asia/Riyadh and the weekend is
/// Friday–Saturday; holidays are the dates offices close (Eid al-Fitr, Eid al-Adha, Founding Day, National Day).
/// </summary>
internal sealed class CalendarOptions
{
    /// <summary>Holiday dates as <c>yyyy-MM-dd</c>.</summary>
    public IList<DateOnly> Holidays { get; } = [];
}
