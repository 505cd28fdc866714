using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Excel;

/// <summary>«رضا المستفيدين»: response figures, the 1–5 distribution, each question, and the (scrubbed) comments.</summary>
internal static class SatisfactionSheet
{
    public static SheetLayout Build(QualityReport report)
    {
        var layout = SheetLayout.Titled("Sheet_Satisfaction", report, [26, 24, 14, 80]);
        var survey = report.Satisfaction;

        layout.AddBlockTitle(H("Block_Survey"));
        layout.AddTable(
            "Survey",
            [H("Col_Item"), H("Col_Value")],
            [
                [Cell.Of(H("Row_InvitationsSent")), Cell.Of(survey.InvitationsSent, CellStyle.Integer)],
                [Cell.Of(H("Row_Responses")), Cell.Of(survey.Responses, CellStyle.Integer)],
                [Cell.Of(H("Row_ResponseRate")), Cell.Of(survey.ResponseRate, CellStyle.Percent)],
            ]);

        layout.AddBlockTitle(H("Block_Distribution"));
        var answered = survey.OverallDistribution.Sum();
        var distribution = layout.AddTable(
            "OverallDistribution",
            [H("Col_Score"), H("Col_Answers"), H("Col_Share")],
            [.. Enumerable.Range(1, 5).Select(score =>
            {
                var count = score <= survey.OverallDistribution.Count ? survey.OverallDistribution[score - 1] : 0;
                return new[]
                {
                    Cell.Of(score, CellStyle.Integer),
                    Cell.Of(count, CellStyle.Integer),
                    Cell.Of(answered > 0 ? (double)count / answered : null, CellStyle.Percent),
                };
            })]);

        layout.AddBlockTitle(H("Block_Questions"));
        layout.AddTable(
            "Questions",
            [H("Col_Question"), H("Col_Answers"), H("Col_Mean"), H("Col_Csat")],
            [.. survey.Questions.Select(q => new[]
            {
                Cell.Of(ArabicLabels.For(q.Question)),
                Cell.Of(q.Answers, CellStyle.Integer),
                Cell.Of(q.Mean, CellStyle.Decimal),
                Cell.Of(q.Csat, CellStyle.Percent),
            })]);

        layout.AddBlockTitle(H("Block_Comments"));
        layout.AddTable(
            "Comments",
            [H("Col_Date"), H("Col_Channel"), H("Col_Score"), H("Col_Comment")],
            [.. survey.Comments.Select(c => new[]
            {
                Cell.Of(c.AnsweredOn),
                Cell.Of(ArabicLabels.For(c.Channel)),
                Cell.Of(c.Overall, CellStyle.Integer),
                Cell.Of(c.Text, CellStyle.Wrapped),
            })]);

        layout.AddChart(new ChartSpec(
            WorkbookText.Get("Chart_Satisfaction"),
            ChartKind.Column,
            distribution.Column(1),
            [new ChartSeriesSpec(distribution.HeaderCell(2), distribution.Column(2), ChartColors.Primary)]));
        return layout;
    }

    private static string H(string key) => WorkbookText.Get(key);
}
