using DocumentFormat.OpenXml.Wordprocessing;

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
    /// A run of <paramref name="text"/>. Latin text (case numbers, record ids) is marked English: the document's
    /// language is Arabic, and LibreOffice, printing Arabic-Indic digits by context, would otherwise print
    /// TRM-2026-004450 with Arabic-Indic digits too.
    /// </summary>
    public static Run Run(string text, bool bold = false, bool italic = false)
    {
        ArgumentNullException.ThrowIfNull(text);
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
