using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Tarmeem.Reporting.Word.Markup;

/// <summary>
/// Inline PNG pictures. The extent is set in EMUs for the intended printed inches, so a picture rendered
/// at 220 dpi prints at 220 dpi whatever its pixel size; the alt text goes to <c>wp:docPr descr</c>.
/// </summary>
internal static class WordPictures
{
    public const long EmusPerInch = 914400;

    /// <summary>Stores <paramref name="png"/> as an image part of <paramref name="owner"/> and returns the run that shows it.</summary>
    public static Run Inline(OpenXmlPart owner, byte[] png, uint pictureId, string name, string altText, double widthInches, double heightInches)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(png);
        var image = owner.AddNewPart<ImagePart>("image/png", null);
        using (var stream = new MemoryStream(png, writable: false))
        {
            image.FeedData(stream);
        }

        var relationshipId = owner.GetIdOfPart(image);
        var cx = (long)Math.Round(widthInches * EmusPerInch);
        var cy = (long)Math.Round(heightInches * EmusPerInch);
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = pictureId, Name = name, Description = altText },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = 0U, Name = name, Description = altText },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };

        return new Run(new Drawing(inline));
    }

    /// <summary>The highest picture id used anywhere in the document, so new pictures get unique ones.</summary>
    public static uint MaxPictureId(WordprocessingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var main = document.MainDocumentPart;
        if (main is null)
        {
            return 0;
        }

        IEnumerable<OpenXmlPartRootElement?> roots = [main.Document, .. main.HeaderParts.Select(h => h.Header), .. main.FooterParts.Select(f => f.Footer)];
        return roots
            .Where(root => root is not null)
            .SelectMany(root => root!.Descendants<Wp.DocProperties>())
            .Select(p => p.Id?.Value ?? 0U)
            .DefaultIfEmpty(0U)
            .Max();
    }
}
