using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Reporting.Charts;

namespace Tarmeem.Reporting.Word.Filling;

/// <summary>Page numbers (the footer's PAGE field) follow the report's digits: <c>w:pgNumType w:fmt</c> of every section.</summary>
internal static class PageNumbering
{
    public static void Apply(WordprocessingDocument document, ChartDigits digits)
    {
        ArgumentNullException.ThrowIfNull(document);
        var format = digits == ChartDigits.ArabicIndic ? NumberFormatValues.HindiNumbers : NumberFormatValues.Decimal;
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return;
        }

        foreach (var section in body.Descendants<SectionProperties>())
        {
            if (section.GetFirstChild<PageNumberType>() is { } numbers)
            {
                numbers.Format = format;
            }
            else
            {
                // Schema order: after the page size and margins, before the columns and the rest.
                var anchor = (DocumentFormat.OpenXml.OpenXmlElement?)section.GetFirstChild<PageMargin>() ?? section.GetFirstChild<PageSize>();
                var element = new PageNumberType { Format = format };
                if (anchor is null)
                {
                    section.PrependChild(element);
                }
                else
                {
                    anchor.InsertAfterSelf(element);
                }
            }
        }
    }
}
