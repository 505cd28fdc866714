namespace Tarmeem.Reporting.Charts;

/// <summary>Bidi_Mirrored pairs (UnicodeData / BidiMirroring.txt) that chart labels can contain.</summary>
internal static class BidiMirror
{
    public static char Mirror(char c) => c switch
    {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '\u00AB' => '\u00BB',
        '\u00BB' => '\u00AB',
        '\u2039' => '\u203A',
        '\u203A' => '\u2039',
        '\u2264' => '\u2265',
        '\u2265' => '\u2264',
        _ => c,
    };
}
