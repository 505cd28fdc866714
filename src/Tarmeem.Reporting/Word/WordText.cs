using System.Globalization;
using System.Resources;

namespace Tarmeem.Reporting.Word;

/// <summary>
/// The fixed Arabic wording of the Word reports and templates, from <c>WordText.resx</c> (neutral language
/// Arabic). KPI, finding and period labels come from <c>ReportText</c>; domain values from <c>ArabicLabels</c>.
/// </summary>
internal static class WordText
{
    private static readonly ResourceManager Resources = new("Tarmeem.Reporting.Word.WordText", typeof(WordText).Assembly);

    /// <summary>A text by key; a missing key is a build mistake, so it throws rather than showing the key.</summary>
    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.InvariantCulture)
        ?? throw new KeyNotFoundException($"No Arabic text '{key}' in Tarmeem.Reporting/Word/WordText.resx.");

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);
}
