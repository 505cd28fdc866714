using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Core.Text;

namespace Tarmeem.Reporting.Word.Markup;

/// <summary>
/// Right-to-left paragraphs and runs. Fonts and sizes (<c>w:rFonts w:cs</c>, <c>w:szCs</c>) come from the
/// styles; paragraphs carry <c>w:bidi</c>, runs <c>w:rtl</c> and, when bold, <c>w:b</c> with <c>w:bCs</c>.
/// </summary>
internal static class WordParagraphs
{
    public static Paragraph Create(string styleId, string text, bool centered = false, bool keepNext = false) =>
        Create(styleId, [Run(text)], centered, keepNext);

    public static Paragraph Create(string styleId, IEnumerable<Run> runs, bool centered = false, bool keepNext = false)
    {
        var paragraph = new Paragraph(Properties(styleId, centered, keepNext));
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>Properties in schema order: style, keep-with-next, bidi, alignment.</summary>
    public static ParagraphProperties Properties(string styleId, bool centered = false, bool keepNext = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = styleId });
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(new BiDi());
        if (centered)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        return properties;
    }

    /// <summary>
    /// One run, its direction decided by its own text. Every text in a report passes here, so hidden characters
    /// are removed here (<see cref="FreeText.Clean"/>): with no bidi control left, a run cannot change the
    /// direction of the runs after it. Free text gets a run of its own (callers do not concatenate it with labels).
    /// Latin text (case numbers, record ids) is marked English: the document's language is Arabic, and LibreOffice,
    /// printing Arabic-Indic digits by context, would otherwise print TRM-2026-004450 with Arabic-Indic digits too.
    /// </summary>
    public static Run Run(string text, bool bold = false, bool italic = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = FreeText.Clean(text);
        var rightToLeft = RunDirection.IsRightToLeft(text);
        var properties = RunProperties(rightToLeft, bold, italic, latin: !rightToLeft && text.Any(char.IsAsciiLetter));
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        run.Append(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>
    /// A label around one free-text item (<paramref name="format"/> holds <c>{0}</c> once, as in «{0}»): the label's
    /// parts and the item each get their own run, so the item's direction is its own and not the label's.
    /// </summary>
    public static IEnumerable<Run> AroundFreeText(string format, string freeText)
    {
        ArgumentNullException.ThrowIfNull(format);
        var at = format.IndexOf("{0}", StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"The label '{format}' has no {{0}} for the free text.", nameof(format));
        }

        List<Run> runs = [];
        if (at > 0)
        {
            runs.Add(Run(format[..at]));
        }

        runs.Add(Run(freeText));
        if (at + 3 < format.Length)
        {
            runs.Add(Run(format[(at + 3)..]));
        }

        return runs;
    }

    /// <summary>Run properties in schema order (b, bCs, i, iCs … rtl … lang); null when there is nothing to say.</summary>
    public static RunProperties? RunProperties(bool rightToLeft, bool bold = false, bool italic = false, bool latin = false)
    {
        if (!rightToLeft && !bold && !italic && !latin)
        {
            return null;
        }

        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (italic)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }

        if (rightToLeft)
        {
            properties.Append(new RightToLeftText());
        }

        if (latin)
        {
            properties.Append(new Languages { Val = "en-US" });
        }

        return properties;
    }

    public static Paragraph PageBreak() =>
        new(Properties(StyleIds.Normal), new Run(new Break { Type = BreakValues.Page }));
}
