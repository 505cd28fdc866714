using System.Text;

namespace Tarmeem.Testing.Fuzz;

/// <summary>
/// Text for seeded property tests: what people paste into forms, replies and list cells. Arabic and Latin letters,
/// digits of three scripts, punctuation, white space, bidi controls and other format characters, control
/// characters, emoji (surrogate pairs) and, unless asked not to, broken surrogates. Same seed, same text.
/// </summary>
public static class FuzzText
{
    private static readonly string[] Pieces =
    [
        "ا", "ب", "ت", "ة", "ى", "ء", "أ", "إ", "ـ", "َ", "ّ", "لا", "ي", "و", "ك", "م", "ن", "ه",
        "a", "Z", "e", "x", "0", "5", "9", "٠", "٣", "٥", "۴", "۹", " ", "  ", "\t", "\n", "\r\n", "\r",
        "-", "=", "+", "@", "'", "\"", "<", ">", "&", ";", ",", "،", ".", "/", ":", "|", "!", "؟", "%", "_x0041_",
        "\u202E", "\u202B", "\u202A", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
        "\u200B", "\u200C", "\u200D", "\uFEFF", "\u00AD", "\u0000", "\u0007", "\u001F", "\u007F", "\u0085", "\u2028",
        "😀", "👩\u200D💻", "🌿", "\uFFFD", "\uFFFE", "\uFFFF",
    ];

    private static readonly string[] LoneSurrogates = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"];

    /// <summary>Up to <paramref name="maxLength"/> characters (a little more when the last piece is long) of anything.</summary>
    public static string Any(Random random, int maxLength, bool loneSurrogates = true)
    {
        ArgumentNullException.ThrowIfNull(random);
        var length = random.Next(maxLength + 1);
        var builder = new StringBuilder(length + 4);
        while (builder.Length < length)
        {
            builder.Append(loneSurrogates && random.Next(40) == 0
                ? LoneSurrogates[random.Next(LoneSurrogates.Length)]
                : Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>Arabic words without digits, for the filler around a value a test plants.</summary>
    public static string Words(Random random, IReadOnlyList<string> words, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(words);
        var count = random.Next(maxWords + 1);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Count)]));
    }

    /// <summary>A long text (tens of thousands of characters) for size limits.</summary>
    public static string Huge(Random random) => Any(random, 60_000, loneSurrogates: false);
}
