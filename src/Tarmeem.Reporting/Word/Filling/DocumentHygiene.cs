using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tarmeem.Reporting.Word.Filling;

/// <summary>
/// Clears what a template edited in Word carries about the people who edited it (author, last editor,
/// manager, review comments), so that no staff name reaches a report, and sets the report's own title.
/// </summary>
internal static class DocumentHygiene
{
    public static void Apply(WordprocessingDocument document, string title, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(document);
        var association = WordText.Get("AssociationName");
        var properties = document.PackageProperties;
        properties.Title = title;
        properties.Creator = association;
        properties.LastModifiedBy = association;
        properties.Created = generatedAt.UtcDateTime;
        properties.Modified = generatedAt.UtcDateTime;
        properties.Description = null;
        properties.Keywords = null;

        if (document.ExtendedFilePropertiesPart?.Properties is { } app)
        {
            app.Manager?.Remove();
            if (app.Company is not null)
            {
                app.Company.Text = association;
            }
        }

        if (document.MainDocumentPart is { } main)
        {
            if (main.WordprocessingCommentsPart is { } comments)
            {
                main.DeletePart(comments);
            }

            if (main.WordprocessingPeoplePart is { } people)
            {
                main.DeletePart(people);
            }

            if (main.Document?.Body is { } body)
            {
                foreach (var mark in body.Descendants<CommentRangeStart>().Cast<DocumentFormat.OpenXml.OpenXmlElement>()
                    .Concat(body.Descendants<CommentRangeEnd>())
                    .Concat(body.Descendants<CommentReference>())
                    .ToList())
                {
                    mark.Remove();
                }
            }
        }
    }
}
