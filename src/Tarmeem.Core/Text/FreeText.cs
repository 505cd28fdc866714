using System.Globalization;
using System.Text;

namespace Tarmeem.Core.Text;

/// <summary>
/// The one cleaning every piece of text that people typed (comments, SharePoint values) gets before it reaches a
/// document, a page or an e-mail. Invisible format characters (Unicode category Cf) are removed, because bidi
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), marks (U+200E, U+200F, U+061C) and their
/// kind let a comment reverse the staff-written text beside it. ZWNJ and ZWJ stay: they choose letter forms in
/// Arabic and Persian words and join emoji, and cannot reorder anything. Control characters other than tab and
/// line breaks go too, and a broken surrogate becomes U+FFFD, so every writer can store the result.
/// </summary>
public static class FreeText
{
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    // One bit per BMP character, from the Unicode tables once: the survey page passes every label through Clean,
    // and a category lookup per Arabic letter cost ~25 ns where the bit costs ~1.
    private static readonly ulong[] HiddenBits = BuildHiddenBits();

    /// <summary>The text without hidden characters; the same instance when there was nothing to remove.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstToChange(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsHidden(CharUnicodeInfo.GetUnicodeCategory(text, i)))
                {
                    builder.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (!IsHidden(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True for a character <see cref="Clean"/> removes (a lone surrogate counts: it is replaced).</summary>
    public static bool IsHidden(char c) => (HiddenBits[c >> 6] & (1UL << (c & 63))) != 0;

    private static bool IsHidden(UnicodeCategory category) =>
        category is UnicodeCategory.Format or UnicodeCategory.Control;

    private static ulong[] BuildHiddenBits()
    {
        var bits = new ulong[65536 / 64];
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var hidden = c is not (ZeroWidthNonJoiner or ZeroWidthJoiner or '\t' or '\n' or '\r')
                && (char.IsSurrogate(c) || IsHidden(CharUnicodeInfo.GetUnicodeCategory(c)));
            if (hidden)
            {
                bits[code >> 6] |= 1UL << (code & 63);
            }
        }

        return bits;
    }

    private static int FirstToChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsHidden(CharUnicodeInfo.GetUnicodeCategory(text, i)))
                {
                    return i;
                }

                i++;
            }
            else if (IsHidden(c))
            {
                return i;
            }
        }

        return -1;
    }
}
