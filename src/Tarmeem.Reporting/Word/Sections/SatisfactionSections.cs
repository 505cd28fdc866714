using DocumentFormat.OpenXml;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Word.Markup;
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
                n.Percent(s.ResponseRate))),
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

    /// <summary>Comments as the metrics left them (personal data already removed), quoted, newest first.</summary>
    public static IReadOnlyList<OpenXmlElement> Comments(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var comments = context.Report.Satisfaction.Comments;
        if (comments.Count == 0)
        {
            return [WordParagraphs.Create(StyleIds.Note, context.Text("Comments_None"))];
        }

        var shown = comments.Take(Math.Max(0, context.Options.MaxComments)).ToList();
        List<OpenXmlElement> elements = [.. shown.Select(c => WordParagraphs.Create(StyleIds.Comment,
        [
            .. WordParagraphs.AroundFreeText(WordText.Get("Comment_Quote"), c.Text.Trim()),
            WordParagraphs.Run(context.Format("Comment_Meta", ArabicLabels.For(c.Channel), n.Count(c.Overall), n.ShortDate(c.AnsweredOn))),
        ]))];
        if (comments.Count > shown.Count)
        {
            elements.Add(WordParagraphs.Create(StyleIds.Note, context.Format("Comments_More", n.Count(comments.Count - shown.Count))));
        }

        return elements;
    }
}
