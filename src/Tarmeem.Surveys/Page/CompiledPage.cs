using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Tarmeem.Surveys.Email;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// <c>survey-page.html</c> compiled once: the text before and after <c>{{body}}</c> with the title filled in, and the
/// Content-Security-Policy that allows exactly the template's own <c>&lt;style&gt;</c> blocks (by hash) and nothing
/// else: no script, image, font, frame or connection, forms posted only to this site.
/// </summary>
internal sealed partial class CompiledPage
{
    private const string BodyMark = "\u0000body\u0000";

    private CompiledPage(string before, string after, string contentSecurityPolicy)
    {
        Before = before;
        After = after;
        ContentSecurityPolicy = contentSecurityPolicy;
    }

    public string Before { get; }

    public string After { get; }

    public string ContentSecurityPolicy { get; }

    public static CompiledPage Compile(string template, string title)
    {
        var filled = SurveyTemplates.Fill(template, new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = title, ["body"] = BodyMark }, SurveyTemplates.PageFile);
        var parts = filled.Split(BodyMark);
        if (parts.Length != 2)
        {
            throw new InvalidOperationException($"The template {SurveyTemplates.PageFile} must hold {{{{body}}}} exactly once: remove the extra ones.");
        }

        if (StyleAttribute().IsMatch(filled))
        {
            throw new InvalidOperationException(
                $"The template {SurveyTemplates.PageFile} has a style=\"…\" attribute, which the page's Content-Security-Policy refuses: move it into the <style> block.");
        }

        var hashes = Style().Matches(filled)
            .Select(m => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value))) + "'")
            .ToList();
        var styles = hashes.Count == 0 ? "'none'" : string.Join(' ', hashes);
        var policy = $"default-src 'none'; style-src {styles}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        return new CompiledPage(parts[0], parts[1], policy);
    }

    [GeneratedRegex("<style[^>]*>(.*?)</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Style();

    [GeneratedRegex("""<[^>]+\sstyle\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();
}
