using System.Globalization;
using System.Text;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Localization;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// The survey page's HTML inside <c>templates/survey-page.html</c>. Mobile first: one column, targets at least 52 px
/// high, every control labelled, questions grouped in fieldsets with legends, the document order the focus order.
/// Every value that did not come from our own text is HTML-encoded.
/// </summary>
public sealed class SurveyPageRenderer(SurveyTemplates templates)
{
    public string Form(string action, int? selected, SurveyAnswerForm? previous, AntiforgeryField antiforgery, string optOutHref, bool showError)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        var body = new StringBuilder();
        body.Append("<section class=\"card\"><h1 style=\"font-size:22px;margin:0 0 8px\">").Append(Text("Page_Title")).Append("</h1><p class=\"note\">")
            .Append(Text("Page_Intro")).Append("</p></section>");
        body.Append("<form class=\"card\" method=\"post\" action=\"").Append(HtmlText.Encode(action)).Append("\" novalidate>");
        AppendAntiforgery(body, antiforgery);
        if (showError)
        {
            body.Append("<p class=\"error\" role=\"alert\" id=\"rating-error\">").Append(Text("Page_ChooseRating")).Append("</p>");
        }

        body.Append("<fieldset><legend>").Append(HtmlText.Encode(SurveyText.Question(SurveyQuestion.Overall))).Append("</legend>");
        for (var score = 5; score >= 1; score--)
        {
            AppendChoice(body, "r", score, SurveyText.Rating(score), selected == score, wide: true);
        }

        body.Append("</fieldset><h2 style=\"font-size:19px\">").Append(Text("Page_MoreQuestions")).Append("</h2>");
        foreach (var question in SurveyAnswerForm.OptionalQuestions)
        {
            var chosen = previous?.Others.GetValueOrDefault(question);
            var name = SurveyAnswerForm.FieldName(question);
            body.Append("<fieldset><legend>").Append(HtmlText.Encode(SurveyText.Question(question))).Append("</legend><div class=\"row\">");
            for (var score = 5; score >= 1; score--)
            {
                AppendChoice(body, name, score, SurveyText.Rating(score), chosen == score, wide: false);
            }

            body.Append("</div>");
            AppendRadio(body, name, "", Text("Page_NoAnswer"), chosen is null, wide: true);
            body.Append("</fieldset>");
        }

        body.Append("<label class=\"block\" for=\"comment\">").Append(Text("Page_Comment")).Append("</label>")
            .Append("<textarea id=\"comment\" name=\"comment\" maxlength=\"").Append(SurveyAnswerForm.MaxCommentLength.ToString(CultureInfo.InvariantCulture))
            .Append("\" rows=\"5\">").Append(HtmlText.Encode(previous?.Comment)).Append("</textarea>")
            .Append("<p></p><button type=\"submit\">").Append(Text("Page_Submit")).Append("</button></form>");
        body.Append("<p class=\"note\"><a href=\"").Append(HtmlText.Encode(optOutHref)).Append("\">").Append(Text("Page_OptOutLink")).Append("</a></p>");
        return Page(body.ToString());
    }

    public string Thanks(int overall, string? comment)
    {
        var body = new StringBuilder("<section class=\"card\" role=\"status\"><h1 style=\"font-size:22px;margin:0 0 8px\">");
        body.Append(Text("Page_Thanks")).Append("</h1><p>").Append(Text("Page_YourRating")).Append(" <strong id=\"your-rating\">")
            .Append(HtmlText.Encode(ArabicDigits.ToArabicIndic(overall.ToString(CultureInfo.InvariantCulture)))).Append(" — ")
            .Append(HtmlText.Encode(SurveyText.Rating(overall))).Append("</strong></p>");
        if (comment is not null)
        {
            body.Append("<p>").Append(Text("Page_YourComment")).Append("</p><div class=\"comment\" id=\"your-comment\" dir=\"auto\">").Append(HtmlText.Encode(comment)).Append("</div>");
        }

        return Page(body.Append("</section>").ToString());
    }

    public string OptOutConfirm(string action, AntiforgeryField antiforgery)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        var body = new StringBuilder("<form class=\"card\" method=\"post\" action=\"");
        body.Append(HtmlText.Encode(action)).Append("\"><h1 style=\"font-size:22px;margin:0 0 16px\">").Append(Text("Page_OptOutQuestion")).Append("</h1>");
        AppendAntiforgery(body, antiforgery);
        body.Append("<button type=\"submit\">").Append(Text("Page_OptOutButton")).Append("</button></form>");
        return Page(body.ToString());
    }

    /// <summary>A page that only says something (thanks, expired, unknown link, too many tries).</summary>
    public string Message(string textKey) =>
        Page("<section class=\"card\" role=\"status\"><p style=\"font-size:20px\">" + Text(textKey) + "</p></section>");

    private string Page(string body) =>
        SurveyTemplates.Fill(templates.Page, new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = Text("Page_Title"), ["body"] = body }, SurveyTemplates.PageFile);

    private static void AppendAntiforgery(StringBuilder body, AntiforgeryField antiforgery) =>
        body.Append("<input type=\"hidden\" name=\"").Append(HtmlText.Encode(antiforgery.Name)).Append("\" value=\"").Append(HtmlText.Encode(antiforgery.Value)).Append("\">");

    private static void AppendChoice(StringBuilder body, string name, int score, string label, bool chosen, bool wide)
    {
        var digit = ArabicDigits.ToArabicIndic(score.ToString(CultureInfo.InvariantCulture));
        AppendRadio(body, name, score.ToString(CultureInfo.InvariantCulture), wide ? digit + " — " + label : digit, chosen, wide, wide ? null : label);
    }

    private static void AppendRadio(StringBuilder body, string name, string value, string label, bool chosen, bool wide, string? accessibleName = null)
    {
        var id = name + "-" + (value.Length == 0 ? "none" : value);
        body.Append("<label class=\"choice\"").Append(wide ? "" : " title=\"" + HtmlText.Encode(accessibleName) + "\"").Append(" for=\"").Append(id).Append("\">")
            .Append("<input type=\"radio\" id=\"").Append(id).Append("\" name=\"").Append(name).Append("\" value=\"").Append(value).Append('"')
            .Append(accessibleName is null ? "" : " aria-label=\"" + HtmlText.Encode(accessibleName) + "\"")
            .Append(chosen ? " checked" : "").Append("><span>").Append(HtmlText.Encode(label)).Append("</span></label>");
    }

    private static string Text(string key) => HtmlText.Encode(SurveyText.Get(key));
}
