namespace Tarmeem.Core.Text;

/// <summary>
/// Keeps text from being taken for a formula by a spreadsheet program (OWASP "CSV injection"). Text that begins
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a leading apostrophe. The apostrophe is
/// part of the value, not only of the cell's style, so it survives an edit and a save as CSV: a workbook writer
/// also marks such cells <c>quotePrefix</c>, so that Excel keeps them text when someone edits them.
/// </summary>
public static class SpreadsheetFormulas
{
    public const char Quote = '\'';

    /// <summary>The text, with an apostrophe in front when a spreadsheet would otherwise evaluate it.</summary>
    public static string Neutralize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return StartsLikeFormula(text) ? Quote + text : text;
    }

    /// <summary>True when a spreadsheet program would read the text as a formula (or a signed number).</summary>
    public static bool StartsLikeFormula(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    /// <summary>True when the text needs the cell's quotePrefix style to stay text after an edit.</summary>
    public static bool NeedsQuotePrefix(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && (text[0] == Quote || StartsLikeFormula(text));
    }
}
