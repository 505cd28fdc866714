using System.Text;

namespace Tarmeem.Core.Localization;

/// <summary>Swaps Latin digits for Arabic-Indic ones (٠١٢٣٤٥٦٧٨٩) and back.</summary>
public static class ArabicDigits
{
    private const char ArabicZero = '\u0660';

    public static string ToArabicIndic(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '0' and <= '9' => (char)(ArabicZero + (c - '0')),
                _ => c,
            });
        }

        return builder.ToString();
    }

    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - ArabicZero)),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => c,
            });
        }

        return builder.ToString();
    }
}
