namespace Tarmeem.Reporting.Word;

/// <summary>
/// A Word template lacks a named place the report needs (or holds it in a form that cannot take the
/// content). The message names the template, the place and how to put it back.
/// </summary>
public sealed class TemplatePlaceMissingException : Exception
{
    public TemplatePlaceMissingException()
    {
    }

    public TemplatePlaceMissingException(string message)
        : base(message)
    {
    }

    public TemplatePlaceMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TemplatePlaceMissingException(string templateName, IReadOnlyList<string> places, string problem)
        : base($"The Word template '{templateName}' {problem}: {string.Join(", ", places.Select(p => $"'{p}'"))}. "
            + "In Word, select where the content should go, insert a Rich Text Content Control (Developer ▸ Controls) "
            + "around whole paragraphs (a plain text control inside a paragraph for header.date, cover.period and cover.date), "
            + "and set its Tag to the place name (Properties ▸ Tag); or regenerate the default templates with "
            + "`tarmeem templates --out templates/`. The named places are listed in templates/README.md.")
    {
        TemplateName = templateName;
        Places = places;
    }

    public string? TemplateName { get; }

    /// <summary>The places that are missing or unusable.</summary>
    public IReadOnlyList<string> Places { get; } = [];
}
