using System.Globalization;
using System.Text;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Word.Themes;

/// <summary>
/// The themes the management report groups survey comments by, read from a keyword list staff edit
/// (templates/comment-themes.txt; its format is described at the top of that file). A comment goes to the
/// first theme it matches, so the counts add up to the number of comments; the rest go under «أخرى».
/// </summary>
public sealed class CommentThemes
{
    /// <summary>The file name under the templates folder.</summary>
    public const string FileName = "comment-themes.txt";

    private static readonly Lazy<CommentThemes> Shipped = new(() =>
    {
        using var stream = typeof(CommentThemes).Assembly.GetManifestResourceStream("Tarmeem.Reporting.CommentThemes.txt")
            ?? throw new InvalidOperationException("The default comment themes are not embedded in Tarmeem.Reporting.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader, $"templates/{FileName}");
    });

    private CommentThemes(IReadOnlyList<CommentTheme> themes)
    {
        Themes = themes;
    }

    /// <summary>The list shipped with the program (the committed templates/comment-themes.txt).</summary>
    public static CommentThemes Default => Shipped.Value;

    public IReadOnlyList<CommentTheme> Themes { get; }

    /// <summary>Reads the list at <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">A line is not «name: keyword، keyword»; the message names the file and line.</exception>
    public static CommentThemes Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Parse(reader, path);
    }

    public static CommentThemes Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var themes = new List<CommentTheme>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var name = colon > 0 ? text[..colon].Trim() : string.Empty;
            string[] keywords = colon > 0
                ? [.. text[(colon + 1)..].Split(['،', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(ArabicMatchText.Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)]
                : [];
            if (name.Length == 0 || keywords.Length == 0)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"{sourceName}, line {number}: expected «theme name: keyword، keyword», got «{text}». Fix the line or start it with # to ignore it."));
            }

            themes.Add(new CommentTheme(name, keywords));
        }

        return new CommentThemes(themes);
    }

    /// <summary>
    /// Comments grouped by theme, in the list's order, themes without comments left out; the unmatched last
    /// under <paramref name="otherName"/>. Each group keeps the comments' order.
    /// </summary>
    public IReadOnlyList<(string Theme, IReadOnlyList<SurveyComment> Comments)> Group(IEnumerable<SurveyComment> comments, string otherName)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var groups = Themes.Select(_ => new List<SurveyComment>()).ToList();
        var other = new List<SurveyComment>();
        foreach (var comment in comments)
        {
            var normalized = ArabicMatchText.Normalize(comment.Text);
            var stems = ArabicMatchText.Stems(normalized).ToList();
            var index = Themes.ToList().FindIndex(t => t.Matches(normalized, stems));
            (index >= 0 ? groups[index] : other).Add(comment);
        }

        var result = Themes.Select((t, i) => (t.Name, (IReadOnlyList<SurveyComment>)groups[i])).Where(g => g.Item2.Count > 0).ToList();
        if (other.Count > 0)
        {
            result.Add((otherName, other));
        }

        return result;
    }
}
