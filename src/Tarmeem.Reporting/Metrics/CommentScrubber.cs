using System.Text.RegularExpressions;
using Tarmeem.Core.Text;
using Tarmeem.Reporting.Localization;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Removes the personal data a beneficiary may type into a comment before it reaches any report: e-mail
/// addresses, phone numbers (Saudi and international forms, Latin or Arabic-Indic digits) and long digit runs
/// such as national IDs. Each becomes the «[محذوف]» placeholder. Hidden characters (bidi controls and other
/// format characters) go first, through <see cref="FreeText.Clean"/>, so that they can neither hide a phone number
/// from the patterns nor reorder the report around the comment. Markup or a leading "=" stays literal text: the
/// workbook writer quotes it (<see cref="SpreadsheetFormulas"/>).
/// </summary>
public static partial class CommentScrubber
{
    /// <summary>Phone-shaped text needs this many digits: a Saudi landline (9) or mobile (10) and up.</summary>
    private const int PhoneDigits = 9;

    private static readonly Lazy<string> Placeholder = new(() => ReportText.Get("Comment_Redacted"));

    /// <summary>The comment with personal data replaced and surrounding white space trimmed.</summary>
    public static string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var placeholder = Placeholder.Value;
        var scrubbed = EmailPattern().Replace(FreeText.Clean(text), placeholder);
        scrubbed = PhonePattern().Replace(scrubbed, match => IsPhone(match.Value) ? placeholder : match.Value);
        scrubbed = DigitRunPattern().Replace(scrubbed, placeholder);
        return scrubbed.Trim();
    }

    /// <summary>Starts like a dialled number (+, 00, or a trunk 0 as in 05…) and is long enough to be one.</summary>
    private static bool IsPhone(string candidate)
    {
        var start = candidate.TrimStart('(');
        if (start.Length == 0 || !(start[0] == '+' || char.GetNumericValue(start[0]) == 0))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in candidate)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
        }

        return digits >= PhoneDigits;
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+")]
    private static partial Regex EmailPattern();

    // Digits joined by at most two separators (space, dash, dot, brackets, direction marks), as people write phones.
    [GeneratedRegex(@"(?<![\p{Nd}+])\(?\+?\p{Nd}(?:[ \u00A0\-.()\u200E\u200F]{0,2}\p{Nd})+")]
    private static partial Regex PhonePattern();

    // Seven or more digits in a row: a national ID, an account or a phone written without spaces.
    [GeneratedRegex(@"\p{Nd}{7,}")]
    private static partial Regex DigitRunPattern();
}
