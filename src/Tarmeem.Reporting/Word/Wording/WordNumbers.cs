using System.Globalization;
using System.Text;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Charts;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Word.Wording;

/// <summary>
/// Numbers, shares and dates as the report prints them: Arabic-Indic digits with the Arabic decimal (٫),
/// thousands (٬) and percent (٪) signs by default, or Latin digits with «. , %». Both read correctly in a
/// right-to-left paragraph without marks: the percent sign follows the number in reading order. Values are
/// rounded by <see cref="PrintedNumber"/>, the rounding every printed change is computed from.
/// </summary>
internal sealed class WordNumbers
{
    public WordNumbers(ChartDigits digits)
    {
        Digits = digits;
    }

    public ChartDigits Digits { get; }

    /// <summary>What a table cell shows when a figure has no data behind it.</summary>
    public static string Missing => WordText.Get("Missing");

    public string Count(long value) => Localize(value.ToString("#,0", CultureInfo.InvariantCulture));

    /// <summary>At most <paramref name="decimals"/> decimals, trailing zeros dropped: 12, 12٫5.</summary>
    public string Number(double value, int decimals = 1) =>
        Localize(PrintedNumber.Round(value, decimals).ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture));

    public string Number(double? value, int decimals = 1) => value is null ? Missing : Number(value.Value, decimals);

    /// <summary>A fraction as a whole percentage: 0.456 → ٤٦٪.</summary>
    public string Percent(double share) => Localize(PrintedNumber.Round(share * 100, 0).ToString("0", CultureInfo.InvariantCulture) + "%");

    public string Percent(double? share) => share is null ? Missing : Percent(share.Value);

    /// <summary>Gregorian with «م» beside Umm al-Qura Hijri with «هـ».</summary>
    public string Date(DateOnly date) => Localize(ArabicLabels.GregorianAndHijri(date));

    /// <summary>A Gregorian date alone, for table cells: ٢٠٢٦/١٠/٠٥.</summary>
    public string ShortDate(DateOnly date) => Localize(date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));

    /// <summary>Generated Arabic text holding Latin digits (period names), in the chosen digits.</summary>
    public string Localize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Digits == ChartDigits.Latin)
        {
            // Fixed labels may be written with Arabic-Indic digits («من ٥»): follow the chosen digits there too.
            return ArabicDigits.ToLatin(text).Replace('\u066B', '.').Replace('\u066C', ',').Replace('\u066A', '%');
        }

        var builder = new StringBuilder(ArabicDigits.ToArabicIndic(text));
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            var previousIsDigit = i > 0 && builder[i - 1] is >= '\u0660' and <= '\u0669';
            var nextIsDigit = i + 1 < builder.Length && builder[i + 1] is >= '\u0660' and <= '\u0669';
            builder[i] = c switch
            {
                '%' when previousIsDigit => '\u066A',
                ',' when previousIsDigit && nextIsDigit => '\u066C',
                '.' when previousIsDigit && nextIsDigit => '\u066B',
                _ => c,
            };
        }

        return builder.ToString();
    }
}
