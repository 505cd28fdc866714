using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Tarmeem.Reporting.Tests.Printing;

/// <summary>
/// The words of a PDF with their page and height, as <c>pdftotext -bbox</c> reads them (poppler-utils), and
/// <c>pdfinfo</c>'s answer. A word's box height is the printed size of its font at the page's scale.
/// </summary>
internal sealed partial class PdfWords
{
    private PdfWords(IReadOnlyList<PdfWord> words, string info, string raw)
    {
        Words = words;
        Info = info;
        Raw = raw;
    }

    public IReadOnlyList<PdfWord> Words { get; }

    /// <summary>What <c>pdfinfo</c> printed.</summary>
    public string Info { get; }

    /// <summary>The file's bytes as Latin-1 text, to find uncompressed dictionary entries such as <c>/Lang</c>.</summary>
    public string Raw { get; }

    public int Pages => Words.Select(w => w.Page).DefaultIfEmpty(0).Max();

    public static PdfWords Read(string pdf)
    {
        var bbox = Run("pdftotext", "-bbox", pdf, "-");
        var words = new List<PdfWord>();
        var page = 0;
        foreach (var line in bbox.Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal))
            {
                page++;
                continue;
            }

            var match = WordLine().Match(line);
            if (match.Success)
            {
                double At(int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
                words.Add(new PdfWord(page, At(1), At(2), At(3), At(4), System.Net.WebUtility.HtmlDecode(match.Groups[5].Value)));
            }
        }

        return new PdfWords(words, Run("pdfinfo", pdf), Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));
    }

    /// <summary>
    /// A word's letters, order aside: pdftotext gives right-to-left words in visual order and writes the
    /// lam-alef ligature back as one unit, so a word is compared by the letters it holds (presentation forms,
    /// diacritics and direction marks set aside). A header word broken across two lines matches no single word.
    /// </summary>
    public static string Letters(string word)
    {
        var letters = word.Normalize(NormalizationForm.FormKC)
            .Where(c => char.IsLetter(c) && c is not (>= '\u064B' and <= '\u065F') and not 'ـ')
            .Order()
            .ToArray();
        return new string(letters);
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{program} is not installed; run .ci/run once (it installs poppler-utils).", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}.");
            return output.Result;
        }
    }

    [GeneratedRegex("xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)<")]
    private static partial Regex WordLine();
}
