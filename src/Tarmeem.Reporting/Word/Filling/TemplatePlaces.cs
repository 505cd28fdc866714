using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Reporting.Word.Markup;

namespace Tarmeem.Reporting.Word.Filling;

/// <summary>
/// The named places of an opened template: content controls found by tag in the body, headers and footers.
/// Filling replaces the control with the generated content, so the finished report holds no empty controls.
/// </summary>
internal sealed class TemplatePlaces
{
    private readonly WordprocessingDocument document;
    private readonly string templateName;

    public TemplatePlaces(WordprocessingDocument document, string templateName)
    {
        this.document = document;
        this.templateName = templateName;
    }

    /// <summary>Every tag in the template, in document order (body, then headers, then footers).</summary>
    public IReadOnlyList<string> Tags() =>
        [.. Roots().SelectMany(r => r.Descendants<SdtElement>()).Select(TagOf).OfType<string>()];

    /// <summary>Throws when a place is missing, or is a block place found only inside a paragraph.</summary>
    public void Require(IReadOnlyList<NamedPlace> places)
    {
        var controls = Roots().SelectMany(r => r.Descendants<SdtElement>()).ToList();
        var missing = places.Where(p => !controls.Any(c => TagOf(c) == p.Tag)).Select(p => p.Tag).ToList();
        if (missing.Count > 0)
        {
            throw new TemplatePlaceMissingException(templateName, missing, missing.Count == 1 ? "has no named place" : "has no named places");
        }

        var inline = places
            .Where(p => p.Form == PlaceForm.Block && controls.Any(c => TagOf(c) == p.Tag && c is not SdtBlock))
            .Select(p => p.Tag)
            .ToList();
        if (inline.Count > 0)
        {
            throw new TemplatePlaceMissingException(templateName, inline, "holds these places inside a paragraph, where tables and charts cannot go; wrap whole paragraphs instead");
        }
    }

    /// <summary>Replaces every control tagged <paramref name="tag"/> with <paramref name="content"/>.</summary>
    public void FillBlock(string tag, IReadOnlyList<OpenXmlElement> content)
    {
        foreach (var control in Find(tag).OfType<SdtBlock>())
        {
            foreach (var element in content)
            {
                control.InsertBeforeSelf(element.CloneNode(deep: true));
            }

            control.Remove();
        }
    }

    /// <summary>Replaces every control tagged <paramref name="tag"/> with a run of <paramref name="text"/> that looks like its placeholder.</summary>
    public void FillText(string tag, string text)
    {
        foreach (var control in Find(tag))
        {
            switch (control)
            {
                case SdtRun run:
                    run.InsertBeforeSelf(RunLike(run.Descendants<Run>().FirstOrDefault(), text));
                    run.Remove();
                    break;
                case SdtBlock block:
                    var model = block.Descendants<Paragraph>().FirstOrDefault();
                    var paragraph = new Paragraph(model?.ParagraphProperties?.CloneNode(true) ?? WordParagraphs.Properties(StyleIds.Normal));
                    paragraph.Append(RunLike(model?.Descendants<Run>().FirstOrDefault(), text));
                    block.InsertBeforeSelf(paragraph);
                    block.Remove();
                    break;
            }
        }
    }

    private static Run RunLike(Run? model, string text)
    {
        var run = WordParagraphs.Run(text);
        if (model?.RunProperties is { } look)
        {
            var properties = (RunProperties)look.CloneNode(true);
            if (properties.RightToLeftText is null && RunDirection.IsRightToLeft(text))
            {
                properties.RightToLeftText = new RightToLeftText();
            }

            run.RunProperties?.Remove();
            run.PrependChild(properties);
        }

        return run;
    }

    private List<SdtElement> Find(string tag) =>
        [.. Roots().SelectMany(r => r.Descendants<SdtElement>()).Where(c => TagOf(c) == tag)];

    private static string? TagOf(SdtElement control) =>
        control.GetFirstChild<SdtProperties>()?.GetFirstChild<Tag>()?.Val?.Value;

    private IEnumerable<OpenXmlElement> Roots()
    {
        var main = document.MainDocumentPart
            ?? throw new InvalidDataException($"The Word template '{templateName}' has no main document part; save it again from Word as a .docx file.");
        if (main.Document?.Body is { } body)
        {
            yield return body;
        }

        foreach (var header in main.HeaderParts)
        {
            if (header.Header is { } root)
            {
                yield return root;
            }
        }

        foreach (var footer in main.FooterParts)
        {
            if (footer.Footer is { } root)
            {
                yield return root;
            }
        }
    }
}
