using System.Globalization;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// Names a duration bucket as people say it: «٠-٧ أيام», «٨-١٤ يوماً», «٣١ يوماً فأكثر». The range takes a
/// hyphen, not an en dash: between Arabic-Indic digits LibreOffice draws the en dash from an Arabic font
/// that lacks it (a box), while every font has the hyphen.
/// </summary>
internal static class BucketLabels
{
    public static string Days(DurationBucket bucket) => Label(bucket, "Unit_DayOne", "Unit_DaysFew", "Unit_DaysMany");

    public static string Hours(DurationBucket bucket) => Label(bucket, "Unit_HourOne", "Unit_HoursFew", "Unit_HoursMany");

    private static string Label(DurationBucket bucket, string one, string few, string many)
    {
        ArgumentNullException.ThrowIfNull(bucket);

        // Arabic counts 3–10 with the plural and 11 upwards (and 0) with the singular accusative.
        string Unit(int n) => WorkbookText.Get(n == 1 ? one : n is >= 3 and <= 10 ? few : many);
        string Digits(int n) => ArabicDigits.ToArabicIndic(n.ToString(CultureInfo.InvariantCulture));

        if (bucket.To is not { } to)
        {
            return WorkbookText.Format("Bucket_OrMore", Digits(bucket.From), Unit(bucket.From));
        }

        return to == bucket.From
            ? WorkbookText.Format("Bucket_Single", Digits(to), Unit(to))
            : WorkbookText.Format("Bucket_Range", Digits(bucket.From), Digits(to), Unit(to));
    }
}
