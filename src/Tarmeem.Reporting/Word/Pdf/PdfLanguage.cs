using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Tarmeem.Reporting.Word.Pdf;

/// <summary>
/// Sets the document language (the catalog's <c>/Lang</c>) of a finished PDF by an incremental update: a new
/// version of the catalog object appended after the file, with its own cross-reference section pointing back
/// to the previous one (<c>/Prev</c>), so every byte LibreOffice wrote stays as it was. LibreOffice takes a
/// spreadsheet PDF's language from its own UI locale, and an Arabic locale would change how numbers print;
/// this declares Arabic without touching the numbers. The update matches the file's own cross-reference kind:
/// a table after a table, a cross-reference stream after a stream.
/// </summary>
internal static partial class PdfLanguage
{
    /// <summary>Declares <paramref name="language"/> as the language of <paramref name="pdfPath"/>; a file that already does is left alone.</summary>
    /// <exception cref="PdfConversionException">The file is not a PDF this can update (no cross-reference, the catalog not found as a plain object).</exception>
    public static void Declare(string pdfPath, string language)
    {
        var bytes = File.ReadAllBytes(pdfPath);
        var text = Encoding.Latin1.GetString(bytes);
        var startXref = LastStartXref().Matches(text) is { Count: > 0 } found
            ? long.Parse(found[^1].Groups[1].Value, CultureInfo.InvariantCulture)
            : throw Unreadable(pdfPath, "no startxref");
        if (startXref <= 0 || startXref >= text.Length)
        {
            throw Unreadable(pdfPath, $"startxref {startXref} lies outside the file");
        }

        var isTable = text.AsSpan((int)startXref).TrimStart().StartsWith("xref", StringComparison.Ordinal);
        var trailer = isTable ? TableTrailer(text, (int)startXref, pdfPath) : StreamDictionary(text, (int)startXref, pdfPath);
        var root = RootReference().Match(trailer) is { Success: true } r ? r : throw Unreadable(pdfPath, "no /Root in the trailer");
        var (number, generation) = (int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(root.Groups[2].Value, CultureInfo.InvariantCulture));
        var catalog = CatalogDictionary(text, number, generation, pdfPath);
        var declared = $"/Lang({language})";
        if (catalog.Contains(declared, StringComparison.Ordinal))
        {
            return;
        }

        var update = new StringBuilder();
        if (!text.EndsWith('\n'))
        {
            update.Append('\n');
        }

        var catalogOffset = bytes.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{number} {generation} obj\n{WithLanguage(catalog, declared, pdfPath)}\nendobj\n");
        var xrefOffset = bytes.Length + update.Length;
        update.Append(isTable
            ? TableSection(trailer, number, generation, catalogOffset, startXref)
            : StreamSection(trailer, number, generation, catalogOffset, xrefOffset, startXref, pdfPath));
        update.Append(CultureInfo.InvariantCulture, $"startxref\n{xrefOffset}\n%%EOF\n");

        using var file = new FileStream(pdfPath, FileMode.Append, FileAccess.Write);
        file.Write(Encoding.Latin1.GetBytes(update.ToString()));
    }

    private static string TableTrailer(string text, int startXref, string pdfPath)
    {
        var at = text.IndexOf("trailer", startXref, StringComparison.Ordinal);
        return at < 0 ? throw Unreadable(pdfPath, "no trailer after the cross-reference table") : Dictionary(text, text.IndexOf("<<", at, StringComparison.Ordinal), pdfPath);
    }

    private static string StreamDictionary(string text, int startXref, string pdfPath)
    {
        var header = ObjectHeader().Match(text, startXref);
        var dictionary = header.Success && header.Index == startXref
            ? Dictionary(text, text.IndexOf("<<", header.Index, StringComparison.Ordinal), pdfPath)
            : throw Unreadable(pdfPath, $"neither a cross-reference table nor an object at startxref {startXref}");
        return dictionary.Contains("/XRef", StringComparison.Ordinal) ? dictionary : throw Unreadable(pdfPath, "the object at startxref is not a cross-reference stream");
    }

    /// <summary>The catalog's dictionary as last written (a later update of the same object wins).</summary>
    private static string CatalogDictionary(string text, int number, int generation, string pdfPath)
    {
        // LibreOffice starts every object on its own line; the last version of the object is the one in force.
        var last = text.LastIndexOf(string.Create(CultureInfo.InvariantCulture, $"\n{number} {generation} obj"), StringComparison.Ordinal);
        if (last < 0)
        {
            throw Unreadable(pdfPath, $"the catalog {number} {generation} R is not a plain object (perhaps in an object stream)");
        }

        var dictionary = Dictionary(text, text.IndexOf("<<", last, StringComparison.Ordinal), pdfPath);
        return dictionary.Contains("/Catalog", StringComparison.Ordinal) ? dictionary : throw Unreadable(pdfPath, $"object {number} {generation} R is not the catalog");
    }

    private static string WithLanguage(string catalog, string declared, string pdfPath)
    {
        var existing = LangEntry().Matches(catalog);
        return existing.Count switch
        {
            0 => "<<" + declared + catalog[2..],
            1 => catalog.Remove(existing[0].Index, existing[0].Length).Insert(existing[0].Index, declared),
            _ => throw Unreadable(pdfPath, "the catalog holds more than one /Lang"),
        };
    }

    private static string TableSection(string trailer, int number, int generation, long catalogOffset, long previous)
    {
        var entries = WithoutKeys(trailer, PrevEntry(), XRefStmEntry());
        return string.Create(
            CultureInfo.InvariantCulture,
            $"xref\n{number} 1\n{catalogOffset:D10} {generation:D5} n \ntrailer\n{entries[..^2]}/Prev {previous}>>\n");
    }

    /// <summary>A cross-reference stream holding two entries (the catalog and itself), uncompressed: 1 byte type, 4 bytes offset, 2 bytes generation.</summary>
    private static string StreamSection(string previousDictionary, int number, int generation, long catalogOffset, long xrefOffset, long previous, string pdfPath)
    {
        var size = SizeEntry().Match(previousDictionary) is { Success: true } s
            ? int.Parse(s.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw Unreadable(pdfPath, "no /Size in the cross-reference stream");
        if (xrefOffset > uint.MaxValue)
        {
            throw Unreadable(pdfPath, "the file is larger than 4 GB");
        }

        var kept = string.Concat(new[] { RootReference(), InfoReference(), IdEntry() }
            .Select(pattern => pattern.Match(previousDictionary))
            .Where(m => m.Success)
            .Select(m => m.Value));
        var data = new StringBuilder();
        foreach (var (offset, entryGeneration) in new[] { (catalogOffset, generation), (xrefOffset, 0) })
        {
            data.Append('\u0001');
            for (var shift = 24; shift >= 0; shift -= 8)
            {
                data.Append((char)((offset >> shift) & 0xFF));
            }

            data.Append((char)((entryGeneration >> 8) & 0xFF)).Append((char)(entryGeneration & 0xFF));
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{size} 0 obj\n<</Type/XRef/Size {size + 1}/W[1 4 2]/Index[{number} 1 {size} 1]{kept}/Prev {previous}/Length {data.Length}>>\nstream\n{data}\nendstream\nendobj\n");
    }

    private static string WithoutKeys(string dictionary, params Regex[] keys) =>
        keys.Aggregate(dictionary, (current, key) => key.Replace(current, string.Empty));

    /// <summary>The balanced <c>&lt;&lt; … &gt;&gt;</c> starting at <paramref name="start"/>, skipping strings so a ')' or '>' inside one does not count.</summary>
    private static string Dictionary(string text, int start, string pdfPath)
    {
        if (start < 0)
        {
            throw Unreadable(pdfPath, "a dictionary was expected");
        }

        var depth = 0;
        for (var i = start; i < text.Length - 1; i++)
        {
            switch (text[i])
            {
                case '(':
                    i = StringEnd(text, i);
                    break;
                case '<' when text[i + 1] == '<':
                    depth++;
                    i++;
                    break;
                case '>' when text[i + 1] == '>':
                    depth--;
                    i++;
                    if (depth == 0)
                    {
                        return text[start..(i + 1)];
                    }

                    break;
            }
        }

        throw Unreadable(pdfPath, "a dictionary does not end");
    }

    private static int StringEnd(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        return text.Length;
    }

    private static PdfConversionException Unreadable(string pdfPath, string why) =>
        new($"Cannot declare the language of '{pdfPath}': {why}. Open the PDF in a reader to check that LibreOffice wrote it whole.");

    [GeneratedRegex(@"startxref\s+(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex LastStartXref();

    [GeneratedRegex(@"\d+\s+\d+\s+obj\b", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Root\s*(\d+)\s+(\d+)\s+R", RegexOptions.CultureInvariant)]
    private static partial Regex RootReference();

    [GeneratedRegex(@"/Info\s*\d+\s+\d+\s+R", RegexOptions.CultureInvariant)]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex IdEntry();

    [GeneratedRegex(@"/Size\s+(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Prev\s+\d+", RegexOptions.CultureInvariant)]
    private static partial Regex PrevEntry();

    [GeneratedRegex(@"/XRefStm\s+\d+", RegexOptions.CultureInvariant)]
    private static partial Regex XRefStmEntry();

    [GeneratedRegex(@"/Lang\s*(?:\((?:\\.|[^\\()])*\)|<[0-9A-Fa-f\s]*>|\d+\s+\d+\s+R)", RegexOptions.CultureInvariant)]
    private static partial Regex LangEntry();
}
