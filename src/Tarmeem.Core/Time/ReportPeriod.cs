using System.Globalization;
using System.Text.RegularExpressions;
using Tarmeem.Core.Localization;
using Tarmeem.Core.Text;

namespace Tarmeem.Core.Time;

/// <summary>
/// A reporting period as whole local (Asia/Riyadh) dates, both ends included. Periods are dates, not
/// instants, because that is how management speaks of them: "October", "the third quarter".
/// </summary>
public sealed partial record ReportPeriod
{
    /// <summary>The forms <see cref="Parse"/> accepts, for error messages and help text.</summary>
    public const string AcceptedForms = "YYYY-MM (2026-10), YYYY-Qn (2026-Q3), YYYY (2026), or YYYY-MM-DD..YYYY-MM-DD (2026-01-01..2026-03-31), years 1900 to 2999";

    /// <summary>
    /// The years a period may fall in. The bounds keep every period, its previous one and the same one a year
    /// earlier inside what <see cref="DateOnly"/> can hold (year 0000 or 9999-12 used to end in a stack trace).
    /// </summary>
    public const int MinYear = 1900;

    public const int MaxYear = 2999;

    private ReportPeriod(PeriodKind kind, DateOnly start, DateOnly end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public PeriodKind Kind { get; }

    public DateOnly Start { get; }

    /// <summary>The last day of the period, included.</summary>
    public DateOnly End { get; }

    public int DayCount => End.DayNumber - Start.DayNumber + 1;

    public static ReportPeriod Month(int year, int month) =>
        new(PeriodKind.Month, new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public static ReportPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(PeriodKind.Quarter, start, start.AddMonths(3).AddDays(-1));
    }

    public static ReportPeriod Year(int year) =>
        new(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static ReportPeriod Custom(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The period ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", nameof(end));
        }

        return new(PeriodKind.Custom, start, end);
    }

    /// <summary>The last month that has fully ended on <paramref name="today"/> (local date).</summary>
    public static ReportPeriod LastCompleteMonth(DateOnly today)
    {
        var previous = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return Month(previous.Year, previous.Month);
    }

    /// <summary>The last quarter that has fully ended on <paramref name="today"/> (local date).</summary>
    public static ReportPeriod LastCompleteQuarter(DateOnly today)
    {
        var thisQuarterStart = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1);
        var previous = thisQuarterStart.AddMonths(-3);
        return Quarter(previous.Year, ((previous.Month - 1) / 3) + 1);
    }

    /// <summary>Parses one of <see cref="AcceptedForms"/>.</summary>
    /// <exception cref="FormatException">The text is none of the accepted forms, or names an impossible date.</exception>
    public static ReportPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, out var period, out var error))
        {
            return period;
        }

        throw new FormatException(error);
    }

    public static bool TryParse(string text, out ReportPeriod period, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        period = null!;
        error = string.Empty;
        // Arabic-Indic digits and direction marks (pasted from Arabic text) are accepted; the patterns take ASCII digits.
        var trimmed = ArabicDigits.ToLatin(FreeText.Clean(text).Trim());
        var invariant = CultureInfo.InvariantCulture;

        var range = RangePattern().Match(trimmed);
        if (range.Success)
        {
            if (!DateOnly.TryParseExact(range.Groups[1].Value, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var start)
                || !DateOnly.TryParseExact(range.Groups[2].Value, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var end))
            {
                error = $"'{text}' names a date that does not exist. Accepted forms: {AcceptedForms}.";
                return false;
            }

            if (end < start)
            {
                error = $"'{text}' ends before it starts. Accepted forms: {AcceptedForms}.";
                return false;
            }

            if (!InRange(start.Year, text, out error) || !InRange(end.Year, text, out error))
            {
                return false;
            }

            period = Custom(start, end);
            return true;
        }

        var quarter = QuarterPattern().Match(trimmed);
        if (quarter.Success)
        {
            var quarterYear = int.Parse(quarter.Groups[1].Value, invariant);
            if (!InRange(quarterYear, text, out error))
            {
                return false;
            }

            period = Quarter(quarterYear, int.Parse(quarter.Groups[2].Value, invariant));
            return true;
        }

        var month = MonthPattern().Match(trimmed);
        if (month.Success)
        {
            var monthNumber = int.Parse(month.Groups[2].Value, invariant);
            if (monthNumber is < 1 or > 12)
            {
                error = $"'{text}' has no month {monthNumber}. Accepted forms: {AcceptedForms}.";
                return false;
            }

            var monthYear = int.Parse(month.Groups[1].Value, invariant);
            if (!InRange(monthYear, text, out error))
            {
                return false;
            }

            period = Month(monthYear, monthNumber);
            return true;
        }

        var year = YearPattern().Match(trimmed);
        if (year.Success)
        {
            var yearNumber = int.Parse(year.Groups[1].Value, invariant);
            if (!InRange(yearNumber, text, out error))
            {
                return false;
            }

            period = Year(yearNumber);
            return true;
        }

        error = $"'{text}' is not a period. Accepted forms: {AcceptedForms}.";
        return false;
    }

    private static bool InRange(int year, string text, out string error)
    {
        error = year is >= MinYear and <= MaxYear
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"'{text}' falls in the year {year}, outside {MinYear} to {MaxYear}. Accepted forms: {AcceptedForms}.");
        return error.Length == 0;
    }

    /// <summary>The period just before this one, of the same shape (the same length for a custom range).</summary>
    public ReportPeriod Previous() => Kind switch
    {
        PeriodKind.Month => Month(Start.AddMonths(-1).Year, Start.AddMonths(-1).Month),
        PeriodKind.Quarter => Quarter(Start.AddMonths(-3).Year, ((Start.AddMonths(-3).Month - 1) / 3) + 1),
        PeriodKind.Year => Year(Start.Year - 1),
        _ => Custom(Start.AddDays(-DayCount), Start.AddDays(-1)),
    };

    /// <summary>The same period one year earlier.</summary>
    public ReportPeriod SameLastYear() => Kind switch
    {
        PeriodKind.Month => Month(Start.Year - 1, Start.Month),
        PeriodKind.Quarter => Quarter(Start.Year - 1, ((Start.Month - 1) / 3) + 1),
        PeriodKind.Year => Year(Start.Year - 1),
        _ => Custom(Start.AddYears(-1), End.AddYears(-1)),
    };

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The months the period touches, first to last, for trends.</summary>
    public IEnumerable<DateOnly> Months()
    {
        for (var month = new DateOnly(Start.Year, Start.Month, 1); month <= End; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    /// <summary>A stable machine name, used in file names: <c>2026-10</c>, <c>2026-Q3</c>, <c>2026</c>.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => $"{Start.Year.ToString(CultureInfo.InvariantCulture)}-Q{((Start.Month - 1) / 3) + 1}",
        PeriodKind.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"{Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
    };

    // ASCII digits only: \d would also match other scripts' digits, which int.Parse refuses.
    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})\.\.([0-9]{4}-[0-9]{2}-[0-9]{2})$")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"^([0-9]{4})-[Qq]([1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^([0-9]{4})$")]
    private static partial Regex YearPattern();
}
