using System.Globalization;
using System.Resources;
using Tarmeem.Core.Localization;
using Tarmeem.Core.Time;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// The Arabic wording of the quality workbook (sheet titles, column headers, chart titles) from
/// <c>WorkbookText.resx</c>. KPI and finding labels come from <c>ReportText</c>, domain values from
/// <see cref="ArabicLabels"/>.
/// </summary>
internal static class WorkbookText
{
    private static readonly ResourceManager Resources = new("Tarmeem.Reporting.Excel.WorkbookText", typeof(WorkbookText).Assembly);

    // Looked up once: the case sheet asks for them twice per row, and a resource lookup costs more than the cell.
    public static string Yes { get; } = Get("Yes");

    public static string No { get; } = Get("No");

    public static string YesNo(bool value) => value ? Yes : No;

    /// <summary>A label by key; a missing key is a build mistake, so it throws rather than showing the key.</summary>
    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.InvariantCulture)
        ?? throw new KeyNotFoundException($"No Arabic text '{key}' in Tarmeem.Reporting/Excel/WorkbookText.resx.");

    public static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>The Hijri month(s) a Gregorian month spans: «ربيع الآخر – جمادى الأولى 1448 هـ».</summary>
    public static string HijriMonths(DateOnly month)
    {
        var first = HijriDate.Parts(new DateOnly(month.Year, month.Month, 1));
        var last = HijriDate.Parts(new DateOnly(month.Year, month.Month, 1).AddMonths(1).AddDays(-1));
        var suffix = ArabicLabels.Get("Suffix_Hijri");
        var lastText = $"{HijriMonthName(last.Month)} {last.Year.ToString(CultureInfo.InvariantCulture)}";
        if (first.Month == last.Month && first.Year == last.Year)
        {
            return $"{lastText} {suffix}";
        }

        var firstText = first.Year == last.Year
            ? HijriMonthName(first.Month)
            : $"{HijriMonthName(first.Month)} {first.Year.ToString(CultureInfo.InvariantCulture)}";
        return $"{Format("HijriMonthRange", firstText, lastText)} {suffix}";
    }

    /// <summary>A Hijri date as text with «هـ», for the column beside a Gregorian date cell.</summary>
    public static string HijriDateText(DateOnly date)
    {
        var text = HijriDate.Format(date);
        return text.Length == 0 ? string.Empty : $"{text} {ArabicLabels.Get("Suffix_Hijri")}";
    }

    private static string HijriMonthName(int month) => Get($"HijriMonth_{month.ToString(CultureInfo.InvariantCulture)}");
}
