using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Tarmeem.Core.Localization;
using Tarmeem.Core.Time;
using Tarmeem.Host.Delivery;
using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Host.Review;

/// <summary>
/// Fills the reviewers' e-mail (<c>templates/review-email.html</c>) and the approval page
/// (<c>templates/review-page.html</c>), both Arabic and right to left; staff may edit their wording.
/// </summary>
internal static partial class ReviewMailComposer
{
    public const string MailTemplate = "review-email.html";
    public const string PageTemplate = "review-page.html";

    /// <param name="why">Submitted, Reminder or Refused: picks the subject and the opening sentence.</param>
    public static ReportMail Compose(
        string why, ReportKind kind, ReportPeriod period, IReadOnlyList<string> findings, string? draftUrl, string approveUrl,
        int recipients, IReadOnlyList<string> reviewers, string tag, DateTimeOffset? askedAtLocal)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(findings);
        var title = ArabicLabels.Get($"ReportTitle_{kind}");
        var periodName = ReportText.PeriodName(period);
        var subject = ReviewText.Format("Subject_" + why, title, periodName);
        var asked = askedAtLocal is { } at ? ArabicDigits.ToArabicIndic(at.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)) : "";
        var html = Read(MailTemplate);
        html = findings.Count == 0
            ? FindingsBlock().Replace(html, string.Empty)
            : html.Replace("{{findings}}", string.Join('\n', findings.Select(f => $"<li>{WebUtility.HtmlEncode(f)}</li>")), StringComparison.Ordinal);
        html = Comment().Replace(html, string.Empty)
            .Replace("{{subject}}", WebUtility.HtmlEncode(subject), StringComparison.Ordinal)
            .Replace("{{notice}}", WebUtility.HtmlEncode(ReviewText.Format("Notice_" + why, title, periodName, asked)), StringComparison.Ordinal)
            .Replace("{{title}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
            .Replace("{{period}}", WebUtility.HtmlEncode(periodName), StringComparison.Ordinal)
            .Replace("{{draftUrl}}", WebUtility.HtmlEncode(draftUrl ?? ""), StringComparison.Ordinal)
            .Replace("{{approveUrl}}", WebUtility.HtmlEncode(approveUrl), StringComparison.Ordinal)
            .Replace("{{recipients}}", ArabicDigits.ToArabicIndic(recipients.ToString(CultureInfo.InvariantCulture)), StringComparison.Ordinal)
            .Trim();
        return new ReportMail(subject, html, reviewers, [], tag);
    }

    /// <summary>The approval page: what will be sent and to whom; the form only while <paramref name="canApprove"/>.</summary>
    public static string Page(
        ReportKind kind, ReportPeriod period, string message, IReadOnlyList<string> recipients, IReadOnlyList<string> files, string? draftUrl, bool canApprove)
    {
        ArgumentNullException.ThrowIfNull(period);
        var html = Read(PageTemplate);
        if (!canApprove)
        {
            html = FormBlock().Replace(html, string.Empty);
        }

        return Comment().Replace(html, string.Empty)
            .Replace("{{heading}}", WebUtility.HtmlEncode(ReviewText.Get("Page_Heading")), StringComparison.Ordinal)
            .Replace("{{title}}", WebUtility.HtmlEncode(ArabicLabels.Get($"ReportTitle_{kind}")), StringComparison.Ordinal)
            .Replace("{{period}}", WebUtility.HtmlEncode(ReportText.PeriodName(period)), StringComparison.Ordinal)
            .Replace("{{message}}", WebUtility.HtmlEncode(message), StringComparison.Ordinal)
            .Replace("{{recipients}}", HtmlListItems.LeftToRight(recipients), StringComparison.Ordinal)
            .Replace("{{files}}", HtmlListItems.LeftToRight(files.Select(Path.GetFileName).OfType<string>()), StringComparison.Ordinal)
            .Replace("{{draftUrl}}", WebUtility.HtmlEncode(draftUrl ?? ""), StringComparison.Ordinal)
            .Trim();
    }

    private static string Read(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "templates", name);
        return File.Exists(path)
            ? File.ReadAllText(path, Encoding.UTF8)
            : throw new FileNotFoundException($"The review template {path} does not exist: restore {name} from the program's templates folder.", path);
    }

    [GeneratedRegex(@"<!--findings-start-->.*?<!--findings-end-->", RegexOptions.Singleline)]
    private static partial Regex FindingsBlock();

    [GeneratedRegex(@"<!--form-start-->.*?<!--form-end-->", RegexOptions.Singleline)]
    private static partial Regex FormBlock();

    [GeneratedRegex(@"<!--.*?-->\s*", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
