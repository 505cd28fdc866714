using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Localization;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Host.Delivery;

/// <summary>
/// Fills the e-mail template staff may edit (<c>templates/report-email.html</c>): the report's Arabic title and period,
/// the attached files and the library link. The subject is the filled <c>&lt;title&gt;</c>; comments are not sent.
/// </summary>
internal sealed partial class ReportEmailComposer(IOptions<DeliveryOptions> options)
{
    public const string DefaultTemplateName = "report-email.html";

    public ReportMail Compose(
        ReportKind kind, ReportPeriod period, IReadOnlyList<string> files, IReadOnlyList<string> recipients, string? libraryUrl, string tag)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(files);
        var template = TemplatePath();
        if (!File.Exists(template))
        {
            throw new FileNotFoundException(
                $"The report e-mail template {template} does not exist: restore {DefaultTemplateName} from the program's templates folder or set {DeliveryOptions.Section}:EmailTemplate.",
                template);
        }

        var html = File.ReadAllText(template, Encoding.UTF8);
        html = libraryUrl is null
            ? LibraryBlock().Replace(html, string.Empty)
            : html.Replace("{{libraryUrl}}", WebUtility.HtmlEncode(libraryUrl), StringComparison.Ordinal);
        html = Comment().Replace(html, string.Empty);
        var fileItems = HtmlListItems.LeftToRight(files.Select(Path.GetFileName).OfType<string>());
        html = html
            .Replace("{{title}}", WebUtility.HtmlEncode(ArabicLabels.Get($"ReportTitle_{kind}")), StringComparison.Ordinal)
            .Replace("{{period}}", WebUtility.HtmlEncode(ReportText.PeriodName(period)), StringComparison.Ordinal)
            .Replace("{{files}}", fileItems, StringComparison.Ordinal)
            .Trim();
        var title = Title().Match(html);
        if (!title.Success)
        {
            throw new FileNotFoundException($"The report e-mail template {template} has no <title> element: it gives the e-mail's subject; add one.", template);
        }

        return new ReportMail(WebUtility.HtmlDecode(title.Groups[1].Value).Trim(), html, recipients, files, tag);
    }

    private string TemplatePath()
    {
        var configured = options.Value.EmailTemplate;
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "templates", DefaultTemplateName)
            : configured);
    }

    [GeneratedRegex(@"<!--library-start-->.*?<!--library-end-->", RegexOptions.Singleline)]
    private static partial Regex LibraryBlock();

    [GeneratedRegex(@"<!--.*?-->\s*", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<title>(.*?)</title>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Title();
}
