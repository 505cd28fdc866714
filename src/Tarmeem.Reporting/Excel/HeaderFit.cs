namespace Tarmeem.Reporting.Excel;

/// <summary>
/// Room for wrapped column headers: a column is at least as wide as its longest header word (so no word is
/// broken in the middle, as «الاستفسارا/ت» was), and a header row is as tall as its most wrapped header.
/// LibreOffice neither widens columns nor grows a custom-height row, so both are worked out here. Widths are
/// in Excel's units (the width of the digit 0); the letter widths were measured on LibreOffice's PDF of the
/// workbook (bold Arabic header letters average 0.8–0.9 of a digit; a safety margin is added).
/// </summary>
internal static class HeaderFit
{
    /// <summary>Points per wrapped line of an 11 pt bold header, and the row's top and bottom padding.</summary>
    public const double LineHeight = 14;

    private const double LetterWidth = 1.0;
    private const double SpaceWidth = 0.4;

    /// <summary>A column's inner padding, in digit widths.</summary>
    private const double Padding = 1.6;

    /// <summary>The narrowest column that holds the longest word of <paramref name="header"/> whole.</summary>
    public static double MinimumWidth(string header) =>
        Words(header).Select(Width).DefaultIfEmpty(0).Max() + Padding;

    /// <summary>Each column widened, where needed, to hold the longest word of every header in it.</summary>
    public static double[] Widen(IReadOnlyList<double> widths, IEnumerable<IReadOnlyList<string>> headerRows)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(headerRows);
        var result = widths.ToArray();
        foreach (var headers in headerRows)
        {
            for (var i = 0; i < headers.Count && i < result.Length; i++)
            {
                result[i] = Math.Max(result[i], Math.Ceiling(MinimumWidth(headers[i])));
            }
        }

        return result;
    }

    /// <summary>The height in points of a header row, from the lines its most wrapped header takes.</summary>
    public static double Height(IReadOnlyList<string> headers, IReadOnlyList<double> widths)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(widths);
        var lines = 1;
        for (var i = 0; i < headers.Count && i < widths.Count; i++)
        {
            lines = Math.Max(lines, Lines(headers[i], widths[i] - Padding));
        }

        return (lines * LineHeight) + 4;
    }

    /// <summary>Greedy word wrap, as the spreadsheet does it.</summary>
    private static int Lines(string header, double room)
    {
        var lines = 1;
        var used = 0.0;
        foreach (var word in Words(header))
        {
            var width = Width(word);
            if (used > 0 && used + SpaceWidth + width > room)
            {
                lines++;
                used = width;
            }
            else
            {
                used += (used > 0 ? SpaceWidth : 0) + width;
            }
        }

        return lines;
    }

    private static double Width(string word) => word.Length * LetterWidth;

    private static string[] Words(string header) => header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
