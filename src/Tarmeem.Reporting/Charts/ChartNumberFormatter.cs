using System.Globalization;
using Tarmeem.Core.Localization;

namespace Tarmeem.Reporting.Charts;

/// <summary>
/// Writes chart numbers in logical order. Arabic-Indic numbers take the Arabic separators
/// (٬ thousands, ٫ decimal) and the Arabic percent sign after the digits, as Arabic typesetting does.
/// </summary>
public static class ChartNumberFormatter
{
    private const char ArabicThousandsSeparator = '\u066C';
    private const char ArabicDecimalSeparator = '\u066B';
    private const char ArabicPercentSign = '\u066A';

    public static string Format(double value, ChartValueFormat format, ChartDigits digits)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A chart value must be a finite number.");
        }

        var latin = format switch
        {
            ChartValueFormat.WholeNumber => value.ToString("#,0", CultureInfo.InvariantCulture),
            ChartValueFormat.OneDecimal => value.ToString("#,0.0", CultureInfo.InvariantCulture),
            ChartValueFormat.Percent => (value * 100).ToString("#,0", CultureInfo.InvariantCulture) + "%",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown chart value format."),
        };

        if (digits == ChartDigits.Latin)
        {
            return latin;
        }

        var arabic = latin
            .Replace(',', ArabicThousandsSeparator)
            .Replace('.', ArabicDecimalSeparator)
            .Replace('%', ArabicPercentSign);
        return ArabicDigits.ToArabicIndic(arabic);
    }
}
