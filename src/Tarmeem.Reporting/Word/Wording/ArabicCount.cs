using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Word.Wording;

/// <summary>
/// A number with its counted noun, agreeing as Arabic requires (nominative, as sentences are phrased so
/// that the count is always a subject or a predicate): 0 → «لا توجد حالات», 1 → «حالة واحدة»,
/// 2 → «حالتان», 3–10 → «٣ حالات», 11–99 → «١٥ حالةً», 100 → «١٠٠ حالة». Above a hundred the last two
/// digits decide: «١٠٣ حالات», «١١٥ حالةً», «٢٠٠ حالة».
/// </summary>
internal static class ArabicCount
{
    public static string Phrase(long count, CountedNoun noun, WordNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return WordText.Format(Key(noun, "Zero"), numbers.Count(0));
        }

        if (count == 1)
        {
            return WordText.Get(Key(noun, "One"));
        }

        if (count == 2)
        {
            return WordText.Get(Key(noun, "Two"));
        }

        var lastTwo = count % 100;
        var form = lastTwo switch
        {
            >= 3 and <= 10 => "Few",
            >= 11 => "Many",
            _ => "Hundred",
        };
        return $"{numbers.Count(count)} {WordText.Get(Key(noun, form))}";
    }

    /// <summary>A measured amount (days, points): whole values count as above; fractions take the singular, «١٢٫٥ يوم».</summary>
    public static string Measure(double value, CountedNoun noun, WordNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var rounded = PrintedNumber.Round(Math.Abs(value), 1);
        return rounded == Math.Floor(rounded)
            ? Phrase((long)rounded, noun, numbers)
            : $"{numbers.Number(rounded)} {WordText.Get(Key(noun, "Hundred"))}";
    }

    private static string Key(CountedNoun noun, string form) => $"Noun_{noun}_{form}";
}
