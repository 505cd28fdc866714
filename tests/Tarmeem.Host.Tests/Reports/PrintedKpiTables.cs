using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Tarmeem.Host.Tests.Reports;

/// <summary>
/// Reads the KPI tables back as a reader sees them: the Word table's text, the workbook's numbers through their
/// cell formats. A change pairs with the value column before its baseline: (current, baseline, change).
/// </summary>
internal static class PrintedKpiTables
{
    public const string NotComparable = "لا تتوفر بيانات كاملة للمقارنة";

    public sealed record Comparison(string Where, string Indicator, string Current, string Baseline, string Change);

    /// <summary>Every (current, baseline, change) triple of the Word KPI table, as printed text.</summary>
    public static IReadOnlyList<Comparison> FromWord(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var table = document.MainDocumentPart!.Document!.Body!.Descendants<W.Table>()
            .Single(t => CellTexts(t.Elements<W.TableRow>().First()) is ["المؤشر", _, _, "التغير", ..]);
        var rows = table.Elements<W.TableRow>().Select(CellTexts).ToList();
        var result = new List<Comparison>();
        foreach (var row in rows.Skip(1))
        {
            // label | current | previous | change [| last year | change]
            for (var baseline = 2; baseline + 1 < row.Count; baseline += 2)
            {
                result.Add(new Comparison(Path.GetFileName(path), row[0], row[1], row[baseline], row[baseline + 1]));
            }
        }

        return result;
    }

    /// <summary>The printed number of a Word cell: Arabic-Indic digits, ▲/▼ for the sign, «دون تغيير» for 0.</summary>
    public static double? WordNumber(string text)
    {
        if (text == "—")
        {
            return null;
        }

        if (text == "دون تغيير")
        {
            return 0;
        }

        var sign = text.Contains('▼', StringComparison.Ordinal) ? -1 : 1;
        var digits = new string([.. text.TakeWhile(c => c != '(')
            .Select(c => c is >= '\u0660' and <= '\u0669' ? (char)('0' + (c - '\u0660')) : c == '\u066B' ? '.' : c)
            .Where(c => char.IsAsciiDigit(c) || c == '.')]);
        return sign * double.Parse(digits, CultureInfo.InvariantCulture);
    }

    /// <summary>The KPI summary sheet's (current, baseline, change) numbers, each rounded as its cell format shows it.</summary>
    public static IReadOnlyList<(string Indicator, double? Current, double? Baseline, double? Change, string ChangeText)> FromWorkbook(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == "ملخص المؤشرات");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        var styles = workbook.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var result = new List<(string, double?, double?, double?, string)>();
        var inTable = false;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = row.Elements<Cell>().ToList();
            string Text(Cell c) => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)] : c.InnerText;
            if (cells.Count > 0 && Text(cells[0]) == "المؤشر")
            {
                inTable = true;
                continue;
            }

            if (!inTable || cells.Count < 6)
            {
                continue;
            }

            double? Shown(Cell c)
            {
                if (c.CellValue is null || c.DataType?.Value == CellValues.SharedString)
                {
                    return null;
                }

                var value = double.Parse(c.CellValue.Text, CultureInfo.InvariantCulture);
                var formatId = styles[(int)(c.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0;
                var code = formats.GetValueOrDefault(formatId, "#,##0");
                var percent = code.Contains('%', StringComparison.Ordinal);
                var decimals = code.Split(';')[0].Split('.').ElementAtOrDefault(1)?.TakeWhile(ch => ch == '0').Count() ?? 0;
                return (double)Math.Round((decimal)(percent ? value * 100 : value), decimals, MidpointRounding.AwayFromZero);
            }

            // indicator | current | previous | change | last year | change | verdict | verdict
            var label = Text(cells[0]);
            result.Add((label, Shown(cells[1]), Shown(cells[2]), Shown(cells[3]), Text(cells[3])));
            result.Add((label, Shown(cells[1]), Shown(cells[4]), Shown(cells[5]), Text(cells[5])));
        }

        return result;
    }

    private static List<string> CellTexts(W.TableRow row) =>
        [.. row.Elements<W.TableCell>().Select(c => string.Concat(c.Descendants<W.Text>().Select(t => t.Text)).Trim())];
}
