using System.Text;

namespace Tarmeem.Reporting.Charts;

/// <summary>
/// Puts chart labels into the form ScottPlot's shaper draws correctly. With
/// <c>LabelStyle.RTLSupport</c> on, ScottPlot hands each line to HarfBuzz with the direction HarfBuzz
/// guesses (right-to-left as soon as the first script-bearing character is Arabic) and HarfBuzz then
/// reverses the whole line and mirrors every bracket: it shapes Arabic correctly but has no bidi
/// algorithm, so digit and Latin runs come out backwards (١٤ → ٤١, 2026 → 6202).
/// <see cref="ToVisual"/> runs the Unicode bidi algorithm (UAX #9) for a right-to-left paragraph, as the
/// Word report sets it; <see cref="ForRtlShaper"/> turns that visual order into the string whose
/// reversal by HarfBuzz is exactly it.
/// </summary>
/// <remarks>
/// A subset of UAX #9 that covers chart labels: no explicit embeddings or isolates (their controls are
/// treated as invisible), no bracket-pair rule N0, paragraph level always 1 (right-to-left).
/// </remarks>
public static class BidiText
{
    /// <summary>ARABIC LETTER MARK: invisible, and its script makes HarfBuzz choose right-to-left.</summary>
    public const char ArabicLetterMark = '\u061C';

    /// <summary>The characters of <paramref name="logical"/> in the order a reader sees them, left to right.</summary>
    public static string ToVisual(string logical)
    {
        ArgumentNullException.ThrowIfNull(logical);
        return MapLines(logical, VisualLine);
    }

    /// <summary>
    /// The string to give a right-to-left HarfBuzz run so that it displays <paramref name="logical"/>
    /// correctly: Arabic stays in logical order (so it still joins), digit and Latin runs are reversed
    /// in advance, brackets pre-mirrored, and an Arabic letter mark is put first when HarfBuzz would
    /// otherwise guess left-to-right. Each line is prepared on its own, as ScottPlot shapes lines apart.
    /// </summary>
    public static string ForRtlShaper(string logical)
    {
        ArgumentNullException.ThrowIfNull(logical);
        return MapLines(logical, ShaperLine);
    }

    private static string MapLines(string text, Func<string, string> map) =>
        text.Contains('\n', StringComparison.Ordinal)
            ? string.Join('\n', text.Split('\n').Select(map))
            : map(text);

    private static string ShaperLine(string line)
    {
        var visual = VisualLine(line);
        var fed = new StringBuilder(visual.Length + 1);
        for (var i = visual.Length - 1; i >= 0; i--)
        {
            fed.Append(BidiMirror.Mirror(visual[i]));
        }

        if (!HarfBuzzGuessesRightToLeft(fed))
        {
            fed.Insert(0, ArabicLetterMark);
        }

        return fed.ToString();
    }

    private static string VisualLine(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var levels = ResolveLevels(line);
        var order = Enumerable.Range(0, line.Length).ToArray();
        ReverseRuns(order, levels, minimumLevel: 2);
        ReverseRuns(order, levels, minimumLevel: 1);

        var visual = new StringBuilder(line.Length);
        foreach (var index in order)
        {
            var c = line[index];
            visual.Append(levels[index] % 2 == 1 ? BidiMirror.Mirror(c) : c);
        }

        return visual.ToString();
    }

    private static int[] ResolveLevels(string line)
    {
        var original = line.Select(BidiClassifier.Classify).ToArray();
        var types = (BidiClass[])original.Clone();
        ResolveWeakTypes(types);
        ResolveNeutralTypes(types);

        var levels = new int[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            levels[i] = types[i] is BidiClass.L or BidiClass.EN or BidiClass.AN ? 2 : 1;
        }

        // L1: whitespace at the end of the line goes back to the paragraph level.
        for (var i = types.Length - 1; i >= 0 && original[i] is BidiClass.WS or BidiClass.BN; i--)
        {
            levels[i] = 1;
        }

        return levels;
    }

    private static void ResolveWeakTypes(BidiClass[] t)
    {
        // W1: marks (and invisible joiners, standing in for X9's removal) take the type before them.
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.NSM or BidiClass.BN)
            {
                t[i] = i == 0 ? BidiClass.R : t[i - 1];
            }
        }

        // W2 and W3: European digits after Arabic letters are Arabic numbers; AL becomes R.
        var lastStrong = BidiClass.R;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R or BidiClass.AL)
            {
                lastStrong = t[i];
            }
            else if (t[i] == BidiClass.EN && lastStrong == BidiClass.AL)
            {
                t[i] = BidiClass.AN;
            }
        }

        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == BidiClass.AL)
            {
                t[i] = BidiClass.R;
            }
        }

        // W4: one separator between two numbers of the same kind joins them (1,234 · ١٫٥).
        for (var i = 1; i < t.Length - 1; i++)
        {
            if (t[i] == BidiClass.ES && t[i - 1] == BidiClass.EN && t[i + 1] == BidiClass.EN)
            {
                t[i] = BidiClass.EN;
            }
            else if (t[i] == BidiClass.CS && t[i - 1] == t[i + 1] && t[i - 1] is BidiClass.EN or BidiClass.AN)
            {
                t[i] = t[i - 1];
            }
        }

        ResolveTerminators(t);

        // W6: separators and terminators left over are neutral.
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
            {
                t[i] = BidiClass.ON;
            }
        }

        // W7: European digits after Latin text belong to it.
        lastStrong = BidiClass.R;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R)
            {
                lastStrong = t[i];
            }
            else if (t[i] == BidiClass.EN && lastStrong == BidiClass.L)
            {
                t[i] = BidiClass.L;
            }
        }
    }

    // W5: a run of terminators next to European digits is part of the number (45%, 100$).
    private static void ResolveTerminators(BidiClass[] t)
    {
        var i = 0;
        while (i < t.Length)
        {
            if (t[i] != BidiClass.ET)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < t.Length && t[end] == BidiClass.ET)
            {
                end++;
            }

            var touchesDigits = (i > 0 && t[i - 1] == BidiClass.EN) || (end < t.Length && t[end] == BidiClass.EN);
            if (touchesDigits)
            {
                Array.Fill(t, BidiClass.EN, i, end - i);
            }

            i = end;
        }
    }

    // N1 and N2: neutrals between text of one direction take it (numbers count as right-to-left),
    // otherwise the paragraph's direction, right-to-left.
    private static void ResolveNeutralTypes(BidiClass[] t)
    {
        var i = 0;
        while (i < t.Length)
        {
            if (t[i] is not (BidiClass.WS or BidiClass.ON))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < t.Length && t[end] is BidiClass.WS or BidiClass.ON)
            {
                end++;
            }

            var before = i == 0 ? BidiClass.R : DirectionOf(t[i - 1]);
            var after = end == t.Length ? BidiClass.R : DirectionOf(t[end]);
            Array.Fill(t, before == after ? before : BidiClass.R, i, end - i);
            i = end;
        }
    }

    private static BidiClass DirectionOf(BidiClass type) => type == BidiClass.L ? BidiClass.L : BidiClass.R;

    // L2: reverse every maximal run at or above the level.
    private static void ReverseRuns(int[] order, int[] levels, int minimumLevel)
    {
        var i = 0;
        while (i < order.Length)
        {
            if (levels[order[i]] < minimumLevel)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < order.Length && levels[order[end]] >= minimumLevel)
            {
                end++;
            }

            Array.Reverse(order, i, end - i);
            i = end;
        }
    }

    // HarfBuzz takes the direction of the first character that belongs to a script
    // (digits 0-9, punctuation, spaces and marks belong to none; Arabic-Indic digits are Arabic).
    private static bool HarfBuzzGuessesRightToLeft(StringBuilder text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (>= '\u0660' and <= '\u066D') or (>= '\u06F0' and <= '\u06F9'))
            {
                return true;
            }

            if (char.IsLetter(c) && c != '\u0640')
            {
                return BidiClassifier.Classify(c) is BidiClass.AL or BidiClass.R;
            }
        }

        return false;
    }
}
