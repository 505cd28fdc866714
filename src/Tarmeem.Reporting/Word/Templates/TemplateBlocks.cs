using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Reporting.Word.Markup;

namespace Tarmeem.Reporting.Word.Templates;

/// <summary>The pieces the default template bodies are written with: fixed text and named places.</summary>
internal static class TemplateBlocks
{
    public static Paragraph Heading1(string key) => WordParagraphs.Create(StyleIds.Heading1, WordText.Get(key));

    public static Paragraph Heading2(string key) => WordParagraphs.Create(StyleIds.Heading2, WordText.Get(key));

    public static Paragraph Fixed(string style, string key, bool centered = false) =>
        WordParagraphs.Create(style, WordText.Get(key), centered);

    /// <summary>A named place for generated paragraphs, tables or a chart, showing what will go there.</summary>
    public static SdtBlock Place(string tag) =>
        ContentControls.Block(tag, tag, WordParagraphs.Create(StyleIds.Placeholder, Placeholder(tag)));

    /// <summary>A line of fixed label text followed by a named place for one generated value.</summary>
    public static Paragraph LabelledLine(string style, string labelKey, string tag, bool bold = false)
    {
        var paragraph = new Paragraph(WordParagraphs.Properties(style));
        paragraph.Append(WordParagraphs.Run(WordText.Get(labelKey) + " ", bold));
        paragraph.Append(ContentControls.Inline(tag, tag, WordParagraphs.Run(Placeholder(tag), bold)));
        return paragraph;
    }

    public static string Placeholder(string tag) => WordText.Format("Place_Placeholder", WordText.Get($"Place_{tag}"));
}
