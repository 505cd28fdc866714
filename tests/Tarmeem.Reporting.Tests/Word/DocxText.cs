using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Tarmeem.Reporting.Tests.Word;

/// <summary>
/// The body of a .docx as readable lines: «style flags: text» per paragraph, where the flag is «rtl» when
/// the paragraph is right-to-left (w:bidi) and every run holding Arabic is too (w:rtl), else «LTR!»;
/// tables as «table rtl» then one line per row with cells joined by « | »; pictures as «[picture: alt]».
/// </summary>
internal static class DocxText
{
    public static string Of(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var builder = new StringBuilder();
        foreach (var element in document.MainDocumentPart!.Document!.Body!.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    builder.Append(Line(paragraph)).Append('\n');
                    break;
                case Table table:
                    builder.Append("table ").Append(table.GetFirstChild<TableProperties>()?.GetFirstChild<BiDiVisual>() is null ? "LTR!" : "rtl").Append('\n');
                    foreach (var row in table.Elements<TableRow>())
                    {
                        builder.Append("  ").Append(string.Join(" | ", row.Elements<TableCell>().Select(c => string.Concat(c.Descendants<Text>().Select(t => t.Text))))).Append('\n');
                    }

                    break;
                case SdtBlock control:
                    builder.Append("[control ").Append(control.SdtProperties?.GetFirstChild<Tag>()?.Val).Append("]\n");
                    break;
            }
        }

        return builder.ToString();
    }

    public static string Line(Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "(none)";
        var pictures = paragraph.Descendants<Wp.DocProperties>().Select(p => $"[picture: {p.Description}]");
        var text = string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)) + string.Concat(pictures);
        if (paragraph.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page))
        {
            text += "[page break]";
        }

        return $"{style} {(IsRightToLeft(paragraph) ? "rtl" : "LTR!")}: {text}";
    }

    /// <summary>w:bidi on the paragraph, and w:rtl on every run that holds an Arabic letter or digit.</summary>
    public static bool IsRightToLeft(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.BiDi is not null
        && paragraph.Descendants<Run>()
            .Where(r => r.Descendants<Text>().Any(t => t.Text.Any(c => c is >= '\u0600' and <= '\u06FF')))
            .All(r => r.RunProperties?.RightToLeftText is not null);
}
