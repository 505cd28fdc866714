using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Localization;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// The survey page's HTML inside <c>templates/survey-page.html</c>. Mobile first: one column, targets at least 52 px
/// high, every control labelled by its visible text, questions grouped in fieldsets with legends, the document order
/// the focus order. The fixed text is encoded once; every value that did not come from our own text is HTML-encoded.
/// </summary>
public sealed class SurveyPageRenderer
{
    private static readonly ConcurrentDictionary<string, string> EncodedTexts = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static StringBuilder? _cached;

    private readonly CompiledPage _page;
    private readonly string _formHead;
    private readonly string _overallLegend;
    private readonly string _moreQuestions;
    private readonly string[] _optionalLegends;
    private readonly string[] _ratings = new string[6];
    private readonly string[] _digits = new string[6];
    private readonly string _commentAndSubmit;
    private readonly CompiledForm[] _freshForms;
    private readonly ConcurrentDictionary<string, string> _messages = new(StringComparer.Ordinal);

    public SurveyPageRenderer(SurveyTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _page = CompiledPage.Compile(templates.Page, Text("Page_Title"));
        _formHead = "<section class=\"card\"><h1 class=\"title\">" + Text("Page_Title") + "</h1><p class=\"note\">" + Text("Page_Intro") + "</p></section>";
        _overallLegend = "<fieldset><legend>" + HtmlText.Encode(SurveyText.Question(SurveyQuestion.Overall)) + "</legend>";
        _moreQuestions = "</fieldset><h2>" + Text("Page_MoreQuestions") + "</h2>";
        _optionalLegends = [.. SurveyAnswerForm.OptionalQuestions.Select(q => "<fieldset><legend>" + HtmlText.Encode(SurveyText.Question(q)) + "</legend><div class=\"row\">")];
        for (var score = 1; score <= 5; score++)
        {
            _ratings[score] = HtmlText.Encode(SurveyText.Rating(score));
            _digits[score] = ArabicDigits.ToArabicIndic(score.ToString(CultureInfo.InvariantCulture));
        }

        _commentAndSubmit = "<label class=\"block\" for=\"comment\">" + Text("Page_Comment") + "</label><textarea id=\"comment\" name=\"comment\" maxlength=\""
            + SurveyAnswerForm.MaxCommentLength.ToString(CultureInfo.InvariantCulture) + "\" rows=\"5\">";
        _freshForms = [.. Enumerable.Range(0, 6).Select(score => CompiledForm.Compile((action, seal, optOut) =>
            Form(action, score == 0 ? null : score, null, seal, optOut, showError: false)))];
    }

    /// <summary>The page's Content-Security-Policy: the template's own styles and nothing else.</summary>
    public string ContentSecurityPolicy => _page.ContentSecurityPolicy;

    /// <summary>The form as a link first opens it, from the pieces compiled at start: what <see cref="Form"/> gives for no error and no earlier answer.</summary>
    public IResult FreshForm(string action, int? selected, string seal, string optOutHref) =>
        _freshForms[selected is >= 1 and <= 5 ? selected.Value : 0].Result(action, seal, optOutHref, ContentSecurityPolicy);

    public string Form(string action, int? selected, SurveyAnswerForm? previous, string seal, string optOutHref, bool showError)
    {
        var body = Start();
        body.Append(_formHead).Append("<form class=\"card\" method=\"post\" action=\"").Append(HtmlText.Encode(action)).Append("\" novalidate>");
        AppendSeal(body, seal);
        if (showError)
        {
            body.Append("<p class=\"error\" role=\"alert\" id=\"rating-error\">").Append(Text("Page_ChooseRating")).Append("</p>");
        }

        body.Append(_overallLegend);
        for (var score = 5; score >= 1; score--)
        {
            AppendRadio(body, "r", score, selected == score).Append(_digits[score]).Append(" — ").Append(_ratings[score]).Append("</span></label>");
        }

        body.Append(_moreQuestions);
        for (var i = 0; i < SurveyAnswerForm.OptionalQuestions.Length; i++)
        {
            var question = SurveyAnswerForm.OptionalQuestions[i];
            var chosen = previous?.Others.GetValueOrDefault(question);
            var name = SurveyAnswerForm.FieldName(question);
            body.Append(_optionalLegends[i]);
            for (var score = 5; score >= 1; score--)
            {
                // Digit and words are both the visible text and, together, the accessible name (WCAG 2.5.3).
                AppendRadio(body, name, score, chosen == score, "choice tile").Append("<span class=\"digit\">").Append(_digits[score])
                    .Append("</span> <span class=\"word\">").Append(_ratings[score]).Append("</span></span></label>");
            }

            body.Append("</div>");
            AppendRadio(body, name, 0, chosen is null).Append(Text("Page_NoAnswer")).Append("</span></label></fieldset>");
        }

        body.Append(_commentAndSubmit).Append(HtmlText.Encode(previous?.Comment)).Append("</textarea><p></p><button type=\"submit\">").Append(Text("Page_Submit"))
            .Append("</button></form><p class=\"note\"><a class=\"optout\" href=\"").Append(HtmlText.Encode(optOutHref)).Append("\">").Append(Text("Page_OptOutLink")).Append("</a></p>");
        return Finish(body);
    }

    public string Thanks(int overall, string? comment)
    {
        var body = Start().Append("<section class=\"card\" role=\"status\"><h1 class=\"title\">");
        body.Append(Text("Page_Thanks")).Append("</h1><p>").Append(Text("Page_YourRating")).Append(" <strong id=\"your-rating\">")
            .Append(_digits[overall]).Append(" — ").Append(_ratings[overall]).Append("</strong></p>");
        if (comment is not null)
        {
            body.Append("<p>").Append(Text("Page_YourComment")).Append("</p><div class=\"comment\" id=\"your-comment\" dir=\"auto\">").Append(HtmlText.Encode(comment)).Append("</div>");
        }

        return Finish(body.Append("</section>"));
    }

    public string OptOutConfirm(string action, string seal)
    {
        var body = Start().Append("<form class=\"card\" method=\"post\" action=\"");
        body.Append(HtmlText.Encode(action)).Append("\"><h1 class=\"title\">").Append(Text("Page_OptOutQuestion")).Append("</h1>");
        AppendSeal(body, seal);
        body.Append("<button type=\"submit\">").Append(Text("Page_OptOutButton")).Append("</button></form>");
        return Finish(body);
    }

    /// <summary>A page that only says something (already answered, expired, unknown link, too many tries); each is built once.</summary>
    public string Message(string textKey) => _messages.GetOrAdd(textKey, key =>
        Finish(Start().Append("<section class=\"card\" role=\"status\"><p class=\"message\">").Append(Text(key)).Append("</p></section>")));

    /// <summary>One builder per thread, reused: a page is a few kilobytes and is built thousands of times a second.</summary>
    private StringBuilder Start()
    {
        var body = _cached ??= new StringBuilder(16 * 1024);
        return body.Clear().Append(_page.Before);
    }

    private string Finish(StringBuilder body) => body.Append(_page.After).ToString();

    private static void AppendSeal(StringBuilder body, string seal) =>
        body.Append("<input type=\"hidden\" name=\"").Append(FormSeal.FieldName).Append("\" value=\"").Append(HtmlText.Encode(seal)).Append("\">");

    /// <summary>Opens a labelled radio up to its text span; the caller appends the visible text and closes both.</summary>
    private static StringBuilder AppendRadio(StringBuilder body, string name, int score, bool chosen, string labelClass = "choice")
    {
        var value = score == 0 ? "" : score.ToString(CultureInfo.InvariantCulture);
        var id = score == 0 ? "none" : value;
        return body.Append("<label class=\"").Append(labelClass).Append("\" for=\"").Append(name).Append('-').Append(id).Append("\">")
            .Append("<input type=\"radio\" id=\"").Append(name).Append('-').Append(id).Append("\" name=\"").Append(name).Append("\" value=\"").Append(value).Append('"')
            .Append(chosen ? " checked" : "").Append("><span>");
    }

    private static string Text(string key) => EncodedTexts.GetOrAdd(key, static k => HtmlText.Encode(SurveyText.Get(k)));
}
