namespace Tarmeem.Reporting.Word;

/// <summary>What a named place holds: a line of text inside a paragraph, or whole paragraphs and tables.</summary>
public enum PlaceForm
{
    /// <summary>A content control inside a paragraph; the generated text takes the look of the placeholder run.</summary>
    Text = 1,

    /// <summary>A content control around whole paragraphs; generated headings, paragraphs, tables or charts replace it.</summary>
    Block = 2,
}
