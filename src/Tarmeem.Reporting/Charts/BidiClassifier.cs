using System.Globalization;

namespace Tarmeem.Reporting.Charts;

/// <summary>
/// Bidi types for the characters chart labels contain. Not the full Unicode table: the BMP scripts a
/// report can carry (Arabic, Latin, Hebrew) are exact, everything else falls back on its general category.
/// </summary>
internal static class BidiClassifier
{
    public static BidiClass Classify(char c) => c switch
    {
        >= '0' and <= '9' => BidiClass.EN,
        '+' or '-' or '\u2212' => BidiClass.ES,
        '#' or '$' or '%' or '\u00B0' or '\u066A' or '\u0609' or '\u060A' or '\u2030' or '\u2031' => BidiClass.ET,
        ',' or '.' or '/' or ':' or '\u00A0' or '\u060C' or '\u202F' => BidiClass.CS,
        '\u200E' => BidiClass.L,
        '\u200F' => BidiClass.R,
        '\u061C' => BidiClass.AL,
        >= '\u0660' and <= '\u0669' => BidiClass.AN,
        '\u066B' or '\u066C' or (>= '\u0600' and <= '\u0605') or '\u06DD' => BidiClass.AN,
        >= '\u06F0' and <= '\u06F9' => BidiClass.EN,
        >= '\u0590' and <= '\u05FF' => IsMark(c) ? BidiClass.NSM : BidiClass.R,
        (>= '\u0600' and <= '\u07BF') or (>= '\u0860' and <= '\u08FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE')
            => IsMark(c) ? BidiClass.NSM : BidiClass.AL,
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => BidiClass.BN,
        _ => ByCategory(c),
    };

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static BidiClass ByCategory(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.LetterNumber => BidiClass.L,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => BidiClass.NSM,
        UnicodeCategory.SpaceSeparator => BidiClass.WS,
        UnicodeCategory.CurrencySymbol => BidiClass.ET,
        UnicodeCategory.Format or UnicodeCategory.Control => BidiClass.BN,
        _ => BidiClass.ON,
    };
}
