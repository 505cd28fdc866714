using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Metrics;

/// <summary>Survey figures of the report's own period: distribution, each question, and the scrubbed comments.</summary>
internal static class SatisfactionBuilder
{
    private static readonly SurveyQuestion[] QuestionOrder =
    [
        SurveyQuestion.Overall, SurveyQuestion.EaseOfProcedures, SurveyQuestion.Courtesy,
        SurveyQuestion.ClarityOfInformation, SurveyQuestion.Speed,
    ];

    public static SatisfactionFigures Build(PeriodScan current)
    {
        var surveys = current.Surveys;
        var questions = new List<QuestionFigures>(QuestionOrder.Length);
        foreach (var question in QuestionOrder)
        {
            var slot = (int)question - 1;
            questions.Add(new QuestionFigures
            {
                Question = question,
                Answers = surveys.QuestionAnswers[slot],
                Mean = Ratio.Mean(surveys.QuestionSums[slot], surveys.QuestionAnswers[slot]),
                Csat = Ratio.Of(surveys.QuestionSatisfied[slot], surveys.QuestionAnswers[slot]),
            });
        }

        return new SatisfactionFigures
        {
            InvitationsSent = surveys.Sent,
            Responses = surveys.Responses,
            ResponseRate = Ratio.Of(surveys.Responses, surveys.Sent),
            OverallDistribution = [.. surveys.OverallDistribution],
            Questions = questions,
            Comments = Comments(current),
        };
    }

    private static List<SurveyComment> Comments(PeriodScan current)
    {
        var records = current.Context.Records;
        var surveys = records.Records.Surveys;
        var commented = current.Surveys.Commented.ToArray();

        // Newest first; the invitation id breaks ties so the order never depends on input order.
        Array.Sort(commented, (a, b) =>
        {
            var later = surveys[b].Answer!;
            var earlier = surveys[a].Answer!;
            var byTime = later.AnsweredAt.CompareTo(earlier.AnsweredAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(earlier.InvitationId, later.InvitationId);
        });

        var comments = new List<SurveyComment>(commented.Length);
        foreach (var index in commented)
        {
            var response = surveys[index].Answer!;
            var text = CommentScrubber.Scrub(response.Comment!);
            if (text.Length == 0)
            {
                continue;
            }

            comments.Add(new SurveyComment
            {
                AnsweredOn = records.Calendar.LocalDate(response.AnsweredAt),
                Channel = surveys[index].Channel,
                Overall = response.Overall,
                Text = text,
            });
        }

        return comments;
    }
}
