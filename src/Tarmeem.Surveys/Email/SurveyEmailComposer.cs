using System.Globalization;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Core.Time;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Localization;

namespace Tarmeem.Surveys.Email;

/// <summary>Fills the e-mail templates for one invitation or reminder. Every value is encoded for its format.</summary>
public sealed class SurveyEmailComposer(SurveyTemplates templates, SurveyLinks links, BusinessCalendar calendar)
{
    public SurveyEmail Compose(OutboxKind kind, SurveySubjectKind subject, string invitationId, string token, DateTimeOffset expiresAt)
    {
        var introKey = kind == OutboxKind.Reminder ? "Email_Intro_Reminder" : "Email_Intro_Initial";
        var intro = string.Format(CultureInfo.InvariantCulture, SurveyText.Get(introKey), SurveyText.About(subject));
        var prefix = kind == OutboxKind.Reminder ? SurveyText.Get("Email_SubjectPrefix_Reminder") : "";
        // The last moment to answer, as a local date people read (Gregorian with Hijri).
        var expires = ArabicLabels.GregorianAndHijri(calendar.LocalDate(expiresAt.AddTicks(-1)));
        var raw = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["subject_prefix"] = prefix,
            ["intro"] = intro,
            ["expires"] = expires,
            ["reference"] = invitationId,
            ["optout_link"] = links.OptOut(token),
        };
        for (var score = 1; score <= 5; score++)
        {
            raw["link_" + score.ToString(CultureInfo.InvariantCulture)] = links.Rating(token, score);
        }

        var html = SurveyTemplates.Fill(templates.EmailHtml, raw.ToDictionary(p => p.Key, p => HtmlText.Encode(p.Value), StringComparer.Ordinal), SurveyTemplates.EmailHtmlFile);
        var text = SurveyTemplates.Fill(templates.EmailText, raw, SurveyTemplates.EmailTextFile);
        return new SurveyEmail(SurveyTemplates.TitleOf(html), html, text);
    }
}
