using System.Text;
using System.Text.RegularExpressions;

namespace Tarmeem.Surveys.Email;

/// <summary>
/// The survey's editable templates (<c>templates/survey-email.html</c>, <c>survey-email.txt</c>, <c>survey-page.html</c>),
/// read once. Placeholders are <c>{{name}}</c>; a template that lacks a required one is refused at load, naming it.
/// </summary>
public sealed partial class SurveyTemplates
{
    public const string EmailHtmlFile = "survey-email.html";
    public const string EmailTextFile = "survey-email.txt";
    public const string PageFile = "survey-page.html";

    private static readonly string[] EmailPlaceholders = ["link_1", "link_2", "link_3", "link_4", "link_5", "optout_link", "intro"];

    private SurveyTemplates(string emailHtml, string emailText, string page)
    {
        EmailHtml = emailHtml;
        EmailText = emailText;
        Page = page;
    }

    public string EmailHtml { get; }

    public string EmailText { get; }

    public string Page { get; }

    /// <summary>From <paramref name="directory"/>, or the <c>templates</c> folder beside the program when empty.</summary>
    public static SurveyTemplates Load(string? directory)
    {
        var folder = string.IsNullOrWhiteSpace(directory) ? Path.Combine(AppContext.BaseDirectory, "templates") : directory;
        var html = Read(folder, EmailHtmlFile, EmailPlaceholders);
        var text = Read(folder, EmailTextFile, EmailPlaceholders);
        var page = Read(folder, PageFile, ["title", "body"]);
        return new SurveyTemplates(html, text, page);
    }

    /// <summary>Fills every placeholder; values must already be encoded for the template's format.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values, string templateName)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var result = Placeholder().Replace(template, match =>
            values.TryGetValue(match.Groups[1].Value, out var value)
                ? value
                : throw new InvalidOperationException(
                    $"The template {templateName} has the placeholder {match.Value}, which the survey does not fill: remove it or correct its name."));
        return result;
    }

    /// <summary>The HTML's &lt;title&gt;, which is the e-mail's subject (so staff edit it in one place).</summary>
    public static string TitleOf(string html)
    {
        var match = Title().Match(html);
        return match.Success
            ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value).Trim()
            : throw new InvalidOperationException($"The template {EmailHtmlFile} has no <title>: it is the e-mail's subject; add one.");
    }

    private static string Read(string folder, string name, IEnumerable<string> required)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The survey template {path} does not exist: restore it from the release's templates folder, or set {SurveyOptions.Section}:TemplatesDirectory to the folder holding it.",
                path);
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        var missing = required.Where(p => !text.Contains("{{" + p + "}}", StringComparison.Ordinal)).ToList();
        return missing.Count == 0
            ? text
            : throw new InvalidOperationException(
                $"The survey template {path} lacks {string.Join(", ", missing.Select(m => "{{" + m + "}}"))}: put each back where it belongs (see the shipped template).");
    }

    [GeneratedRegex(@"\{\{([a-z0-9_]+)\}\}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"<title>(.*?)</title>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Title();
}
