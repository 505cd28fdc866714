using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Tarmeem.Reporting.Charts;
using Tarmeem.Reporting.Word.Markup;

namespace Tarmeem.Reporting.Word.Figures;

/// <summary>Renders charts and places them in the document as centred pictures at their printed size.</summary>
internal sealed class ChartPictures
{
    private readonly ChartRenderer renderer;
    private readonly MainDocumentPart main;
    private readonly ChartSize size;
    private uint nextId;

    public ChartPictures(ChartRenderer renderer, MainDocumentPart main, ChartSize size, uint firstId)
    {
        this.renderer = renderer;
        this.main = main;
        this.size = size;
        nextId = firstId;
    }

    /// <summary>The picture paragraph, or a note that there is no data when <paramref name="chart"/> is null.</summary>
    public IReadOnlyList<OpenXmlElement> Place(CategoryChart? chart, string noDataText)
    {
        if (chart is null)
        {
            return [WordParagraphs.Create(StyleIds.Note, noDataText)];
        }

        var png = renderer.RenderPng(chart, size);
        var id = nextId++;
        var picture = WordPictures.Inline(main, png, id, chart.Title, chart.AltText, size.WidthInches, size.HeightInches);
        return [WordParagraphs.Create(StyleIds.Caption, [picture], centered: true)];
    }
}
