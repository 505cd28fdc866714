using System.Globalization;
using System.Text;
using Tarmeem.Core.Text;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// Makes any text storable in a SpreadsheetML string and harmless in a spreadsheet: hidden characters go
/// (<see cref="FreeText.Clean"/>), text a spreadsheet would evaluate gets a leading apostrophe
/// (<see cref="SpreadsheetFormulas.Neutralize"/>) and, through <see cref="StyleFor"/>, the quotePrefix style;
/// characters XML 1.0 forbids become Excel's <c>_xHHHH_</c> escapes (instead of failing the whole file), a literal
/// <c>_xHHHH_</c> is protected so that Excel does not decode it, and text beyond Excel's cell limit is cut.
/// </summary>
internal static class SpreadsheetText
{
    /// <summary>Excel refuses (repairs) cells longer than this.</summary>
    public const int MaxCellLength = 32_767;

    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = SpreadsheetFormulas.Neutralize(FreeText.Clean(text));
        if (!NeedsWork(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsForbidden(c))
            {
                builder.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else if (c == '_' && LooksLikeEscape(text, i))
            {
                builder.Append("_x005F_");
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length > MaxCellLength)
        {
            builder.Length = MaxCellLength - 1;
            builder.Append('…');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The style for a sanitized text: quoted text keeps its apostrophe through an edit in Excel only when the
    /// cell is marked quotePrefix, so plain and wrapped cells switch to their quoted twins.
    /// </summary>
    public static CellStyle StyleFor(string sanitized, CellStyle style) =>
        !SpreadsheetFormulas.NeedsQuotePrefix(sanitized) ? style
        : style == CellStyle.Wrapped ? CellStyle.QuotedWrapped
        : style == CellStyle.Default ? CellStyle.QuotedText
        : style;

    private static bool NeedsWork(string text)
    {
        if (text.Length > MaxCellLength)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c) || IsForbidden(c) || (c == '_' && LooksLikeEscape(text, i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsForbidden(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);

    private static bool LooksLikeEscape(string text, int at) =>
        at + 6 < text.Length && text[at + 1] == 'x' && text[at + 6] == '_'
        && char.IsAsciiHexDigit(text[at + 2]) && char.IsAsciiHexDigit(text[at + 3])
        && char.IsAsciiHexDigit(text[at + 4]) && char.IsAsciiHexDigit(text[at + 5]);
}
