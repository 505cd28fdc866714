using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Tarmeem.Core.Localization;
using Tarmeem.Host.Delivery;

namespace Tarmeem.Host.Alerts;

/// <summary>
/// Fills <c>templates/morning-alert.html</c> with one branch's alert, and turns that same HTML into the text
/// <c>tarmeem alerts preview</c> prints, so the preview is what would be sent.
/// </summary>
internal sealed partial class MorningAlertComposer(string? templatePath = null)
{
    public const string TemplateName = "morning-alert.html";

    public ReportMail Compose(BranchAlert alert, IReadOnlyList<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var path = templatePath ?? Path.Combine(AppContext.BaseDirectory, "templates", TemplateName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The morning alert template {path} does not exist: restore {TemplateName} from the program's templates folder.", path);
        }

        var html = File.ReadAllText(path, Encoding.UTF8);
        html = Comment().Replace(html, string.Empty);
        html = Section(html, "overdue", alert.Overdue.Count > 0);
        html = Section(html, "nearing", alert.Nearing.Count > 0);
        html = Section(html, "unanswered", alert.Unanswered > 0);
        html = html
            .Replace("{{branch}}", Encode(ArabicLabels.For(alert.Branch)), StringComparison.Ordinal)
            .Replace("{{date}}", Encode(DateText(alert.Date)), StringComparison.Ordinal)
            .Replace("{{threshold}}", Number(alert.ThresholdDays), StringComparison.Ordinal)
            .Replace("{{standard}}", Number(alert.StandardDays), StringComparison.Ordinal)
            .Replace("{{changes}}", Changes(alert), StringComparison.Ordinal)
            .Replace("{{overdue}}", Cases(alert.Overdue), StringComparison.Ordinal)
            .Replace("{{nearing}}", Cases(alert.Nearing), StringComparison.Ordinal)
            .Replace("{{unanswered}}", Number(alert.Unanswered), StringComparison.Ordinal)
            .Replace("{{target}}", Encode(Duration(alert.FirstResponseTarget)), StringComparison.Ordinal)
            .Trim();
        var title = Title().Match(html);
        if (!title.Success)
        {
            throw new FileNotFoundException($"The morning alert template {path} has no <title> element: it gives the e-mail's subject; add one.", path);
        }

        return new ReportMail(WebUtility.HtmlDecode(title.Groups[1].Value).Trim(), html, recipients, [], AlertDeliveryLog.TagFor(alert));
    }

    /// <summary>The mail as plain text: block ends become lines, list items bullets, links "text (address)".</summary>
    public static string ToText(ReportMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var body = Body().Match(mail.HtmlBody) is { Success: true } m ? m.Groups[1].Value : mail.HtmlBody;
        body = Whitespace().Replace(body, " ");
        body = Link().Replace(body, "$2 ($1)");
        body = ListItem().Replace(body, "\n• ");
        body = BlockEnd().Replace(body, "\n");
        body = Tag().Replace(body, string.Empty);
        var lines = WebUtility.HtmlDecode(body).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return $"{mail.Subject}\n\n{string.Join('\n', lines)}\n";
    }

    private static string Changes(BranchAlert alert)
    {
        var today = alert.Today;
        var before = alert.Yesterday;
        return string.Join('\n', new[]
        {
            AlertText.Format("Change_Overdue", today.Overdue, before.Overdue),
            AlertText.Format("Change_Nearing", today.Nearing, before.Nearing),
            AlertText.Format("Change_Unanswered", today.Unanswered, before.Unanswered),
        }.Select(l => $"<li>{Encode(l)}</li>"));
    }

    private static string Cases(IReadOnlyList<AlertCase> cases)
    {
        var html = new StringBuilder();
        foreach (var group in cases.GroupBy(c => c.WaitingOn).OrderBy(g => g.Key))
        {
            html.Append("<p><strong>").Append(Encode(AlertText.Format("WaitingOn", ArabicLabels.For(group.Key)))).Append("</strong></p>\n<ul>\n");
            foreach (var c in group)
            {
                var number = Encode(c.CaseNumber);
                var shown = c.Link is null ? number : $"<a href=\"{Encode(c.Link.AbsoluteUri)}\">{number}</a>";
                html.Append("<li><span dir=\"ltr\">").Append(shown).Append("</span> — ").Append(Encode(AlertText.Format("CaseDay", c.Day))).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        return html.ToString();
    }

    private static string Section(string html, string name, bool keep) =>
        keep
            ? html.Replace($"<!--{name}-start-->", string.Empty, StringComparison.Ordinal).Replace($"<!--{name}-end-->", string.Empty, StringComparison.Ordinal)
            : Regex.Replace(html, $"<!--{name}-start-->.*?<!--{name}-end-->", string.Empty, RegexOptions.Singleline, TimeSpan.FromSeconds(1));

    private static string DateText(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {ArabicLabels.MonthName(date.Month)} {date.Year}");

    private static string Duration(TimeSpan span) => AlertText.Format("Hours", Math.Round(span.TotalHours, 1));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex("<!--(?!(overdue|nearing|unanswered)-(start|end)-->).*?-->", RegexOptions.Singleline, 1000)]
    private static partial Regex Comment();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Title();

    [GeneratedRegex("<body[^>]*>(.*)</body>", RegexOptions.Singleline | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Body();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex("<a [^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Link();

    [GeneratedRegex("<li[^>]*>", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ListItem();

    [GeneratedRegex("<br\\s*/?>|</(p|li|ul|h[1-6]|div|tr)>", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]+>", RegexOptions.None, 1000)]
    private static partial Regex Tag();
}
