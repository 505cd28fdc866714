namespace Tarmeem.Reporting.Word.Themes;

/// <summary>A theme of survey comments: its Arabic name and its keywords, already normalised for matching.</summary>
public sealed record CommentTheme(string Name, IReadOnlyList<string> Keywords)
{
    /// <summary>Whether a normalised comment speaks of this theme: a word starts with a keyword, or a phrase keyword occurs as is.</summary>
    internal bool Matches(string normalized, IReadOnlyList<string> stems) =>
        Keywords.Any(k => k.Contains(' ', StringComparison.Ordinal)
            ? $" {normalized} ".Contains($" {k} ", StringComparison.Ordinal)
            : stems.Any(s => s.StartsWith(k, StringComparison.Ordinal)));
}
