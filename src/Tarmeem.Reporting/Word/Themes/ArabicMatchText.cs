using System.Text;

namespace Tarmeem.Reporting.Word.Themes;

/// <summary>
/// Arabic text reduced for matching: alef forms (أ إ آ ٱ) become ا, taa marbuta ة becomes ه, alef maqsura ى
/// becomes ي; diacritics, the superscript alef and tatweel are dropped; everything else but letters and
/// digits separates words.
/// </summary>
internal static class ArabicMatchText
{
    /// <summary>Attached prefixes stripped before a word is compared: conjunctions, prepositions and the article.</summary>
    private static readonly string[] Prefixes = ["وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"];

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case 'أ' or 'إ' or 'آ' or 'ٱ':
                    builder.Append('ا');
                    break;
                case 'ة':
                    builder.Append('ه');
                    break;
                case 'ى':
                    builder.Append('ي');
                    break;
                case 'ـ' or (>= '\u064B' and <= '\u065F') or '\u0670':
                    break;
                default:
                    builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
                    break;
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The normalised words of <paramref name="text"/>, each also without its attached prefixes.</summary>
    public static IEnumerable<string> Stems(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return word;
            foreach (var prefix in Prefixes)
            {
                if (word.Length > prefix.Length + 1 && word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    yield return word[prefix.Length..];
                }
            }
        }
    }
}
