using DocumentFormat.OpenXml;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Word.Markup;
using Tarmeem.Reporting.Word.Themes;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>Satisfaction per question and per channel, and (management only) the comments.</summary>
internal static class SatisfactionSections
{
    public static IReadOnlyList<OpenXmlElement> PerQuestion(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var s = context.Report.Satisfaction;
        List<OpenXmlElement> elements =
        [
            WordParagraphs.Create(StyleIds.Normal, context.Format(
                "Satisfaction_Volume",
                ArabicCount.Phrase(s.InvitationsSent, CountedNoun.Invitation, n),
                ArabicCount.Phrase(s.Responses, CountedNoun.Response, n),
                n.Percent(s.ResponseRate)), keepNext: s.Questions.Count > 0),
        ];
        if (s.Questions.Count == 0)
        {
            elements.Add(WordParagraphs.Create(StyleIds.Note, context.Text("Satisfaction_None")));
            return elements;
        }

        elements.Add(WordTables.Create(new TableSpec
        {
            Headers = [context.Text("Col_Question"), context.Text("Col_Answers"), context.Text("Col_Mean"), context.Text("Col_Csat")],
            Rows = [.. s.Questions.Select(q => (IReadOnlyList<string>)
                [ArabicLabels.For(q.Question), n.Count(q.Answers), n.Number(q.Mean, 2), n.Percent(q.Csat)])],
            Weights = [3, 1.2, 1.2, 1.2],
        }));
        elements.Add(WordParagraphs.Create(StyleIds.Note, context.Text("Satisfaction_Footnote")));
        return elements;
    }

    public static IReadOnlyList<OpenXmlElement> PerChannel(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        return
        [
            WordTables.Create(new TableSpec
            {
                Headers =
                [
                    context.Text("Col_Channel"), context.Text("Col_Invitations"), context.Text("Col_Responses"),
                    context.Text("Col_ResponseRate"), context.Text("Col_Mean"), context.Text("Col_Csat"),
                ],
                Rows = [.. context.Report.Channels.Select(c => (IReadOnlyList<string>)
                [
                    ArabicLabels.For(c.Channel), n.Count(c.InvitationsSent), n.Count(c.Responses), n.Percent(c.ResponseRate),
                    n.Number(c.MeanOverall, 2), n.Percent(c.Csat),
                ])],
                Weights = [3, 1.1, 1.1, 1.2, 1.1, 1.1],
            }),
        ];
    }

    /// <summary>
    /// Comments as the metrics left them (personal data already removed), grouped by theme: a table of the
    /// themes with their counts, then a few comments of each theme, newest first; «أخرى» last.
    /// </summary>
    public static IReadOnlyList<OpenXmlElement> Comments(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var comments = context.Report.Satisfaction.Comments;
        if (comments.Count == 0)
        {
            return [WordParagraphs.Create(StyleIds.Note, context.Text("Comments_None"))];
        }

        var themes = (context.Options.CommentThemes ?? CommentThemes.Default).Group(comments, context.Text("Comments_Other"));
        List<OpenXmlElement> elements =
        [
            WordTables.Create(new TableSpec
            {
                Headers = [context.Text("Col_Theme"), context.Text("Col_Comments"), context.Text("Col_Share")],
                Rows = [.. themes.Select(t => (IReadOnlyList<string>)[t.Theme, n.Count(t.Comments.Count), n.Percent((double)t.Comments.Count / comments.Count)])],
                Weights = [3, 1.2, 1.2],
            }),
        ];
        foreach (var (theme, group) in themes)
        {
            elements.Add(WordParagraphs.Create(StyleIds.Normal, [WordParagraphs.Run(context.Format("Comments_Theme", theme, n.Count(group.Count)), bold: true)], keepNext: true));
            var shown = group.Take(Math.Max(0, context.Options.CommentsPerTheme)).ToList();
            elements.AddRange(shown.Select((c, i) => WordParagraphs.Create(
                StyleIds.Comment,
                [
                    .. WordParagraphs.AroundFreeText(WordText.Get("Comment_Quote"), c.Text.Trim()),
                    WordParagraphs.Run(context.Format("Comment_Meta", ArabicLabels.For(c.Channel), n.Count(c.Overall), n.ShortDate(c.AnsweredOn))),
                ],
                keepNext: i < shown.Count - 1)));
        }

        elements.Add(WordParagraphs.Create(StyleIds.Note, context.Format("Comments_All", n.Count(comments.Count))));
        return elements;
    }
}
