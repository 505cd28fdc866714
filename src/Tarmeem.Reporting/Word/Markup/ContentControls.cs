using DocumentFormat.OpenXml.Wordprocessing;

namespace Tarmeem.Reporting.Word.Markup;

/// <summary>Content controls (<c>w:sdt</c>) that mark a named place in a template by their tag.</summary>
internal static class ContentControls
{
    /// <summary>A control around whole paragraphs, for generated paragraphs, tables and charts.</summary>
    public static SdtBlock Block(string tag, string title, Paragraph placeholder) =>
        new(Properties(tag, title), new SdtContentBlock(placeholder));

    /// <summary>A control inside a paragraph, for a line of generated text that keeps the run's look.</summary>
    public static SdtRun Inline(string tag, string title, Run placeholder) =>
        new(Properties(tag, title), new SdtContentRun(placeholder));

    private static SdtProperties Properties(string tag, string title) =>
        new(new SdtAlias { Val = title }, new Tag { Val = tag }, new SdtId { Val = StableId(tag) }, new SdtContentRichText());

    // Ids only need to differ within a document; derive them from the tag so regenerated templates are identical.
    private static int StableId(string tag)
    {
        var hash = 2166136261u;
        foreach (var c in tag)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x3FFFFFFF) + 1;
    }
}
