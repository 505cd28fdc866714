using System.Text;
using System.Text.RegularExpressions;
using Tarmeem.Surveys.Localization;

namespace Tarmeem.Surveys.Replies;

/// <summary>
/// Reads a rating from the new part of a reply: one digit 1–5 (Latin, Arabic-Indic or Persian) standing alone, or a
/// word such as «ممتاز», «جيد جداً», «سيئ». Two different ratings, or none, give no answer: a guess is worse than none.
/// </summary>
public static partial class ReplyRatingParser
{
    private static readonly (string Phrase, int Score)[] Words = Enumerable.Range(1, 5)
        .SelectMany(score => SurveyText.List($"ReplyWords_{score}").Select(w => (Normalize(w), score)))
        .OrderByDescending(w => w.Item1.Length)
        .ToArray();

    public static int? Parse(string? body)
    {
        var text = Normalize(NewPart(body ?? ""));
        if (text.Length == 0)
        {
            return null;
        }

        var found = new HashSet<int>();
        foreach (Match match in Number().Matches(text))
        {
            // A number too long for an int is still a number outside 1–5 (a phone, an id): no answer, as for 10.
            if (!int.TryParse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 1 or > 5)
            {
                return null;
            }

            found.Add(n);
        }

        if (found.Count == 0)
        {
            var rest = " " + text + " ";
            foreach (var (phrase, score) in Words)
            {
                var at = rest.IndexOf(" " + phrase + " ", StringComparison.Ordinal);
                if (at >= 0)
                {
                    found.Add(score);
                    // Blank the phrase out so «جيد جدا» is not read again as «جيد».
                    rest = string.Concat(rest.AsSpan(0, at + 1), new string('#', phrase.Length), rest.AsSpan(at + 1 + phrase.Length));
                }
            }
        }

        return found.Count == 1 ? found.First() : null;
    }

    /// <summary>The text above the quoted original: a reply's answer is at its top.</summary>
    public static string NewPart(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var kept = new StringBuilder();
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('>') || QuoteStart().IsMatch(trimmed))
            {
                break;
            }

            kept.AppendLine(trimmed);
        }

        return kept.ToString();
    }

    /// <summary>Digits to Latin, diacritics and tatweel removed, alef and teh marbuta forms unified, punctuation to spaces.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var mapped = c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' => '\0',
                '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
                '\u0629' => '\u0647',
                '\u0649' => '\u064A',
                '\u0621' => '\u0626',
                _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(c),
                _ => ' ',
            };
            if (mapped != '\0')
            {
                builder.Append(mapped);
            }
        }

        return MultiSpace().Replace(builder.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"(?<![0-9])([0-9]+)(?![0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(-{2,}\s*original message|-{2,}|_{5,}|from:|sent:|on .+ wrote:|من:|في .+ كتب|كتب .+:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuoteStart();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MultiSpace();
}
