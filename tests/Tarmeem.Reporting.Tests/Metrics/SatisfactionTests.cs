using Tarmeem.Core.Domain;
using static Tarmeem.Reporting.Tests.Metrics.MetricsTestData;

namespace Tarmeem.Reporting.Tests.Metrics;

public sealed class SatisfactionTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Compute_SurveysSentInPeriod_ResponseRateAndCsat()
    {
        var report = ComputeOctober();
        var satisfaction = report.Satisfaction;

        Assert.Equal(5, satisfaction.InvitationsSent);
        Assert.Equal(4, satisfaction.Responses);
        Assert.Equal(0.8, satisfaction.ResponseRate!.Value, Tolerance);
        Assert.Equal([0, 1, 1, 1, 1], satisfaction.OverallDistribution);
        Assert.Equal(0.5, report.Current.Csat!.Value, Tolerance);
        Assert.Equal(3.5, report.Current.MeanOverall!.Value, Tolerance);
    }

    [Fact]
    public void Compute_Questions_OverNonNullAnswers()
    {
        var questions = ComputeOctober().Satisfaction.Questions;

        Assert.Equal(
            [SurveyQuestion.Overall, SurveyQuestion.EaseOfProcedures, SurveyQuestion.Courtesy, SurveyQuestion.ClarityOfInformation, SurveyQuestion.Speed],
            questions.Select(q => q.Question));
        var byQuestion = questions.ToDictionary(q => q.Question);
        Assert.Equal(4, byQuestion[SurveyQuestion.Overall].Answers);
        Assert.Equal(2, byQuestion[SurveyQuestion.EaseOfProcedures].Answers);
        Assert.Equal(4.5, byQuestion[SurveyQuestion.EaseOfProcedures].Mean!.Value, Tolerance);
        Assert.Equal(1.0, byQuestion[SurveyQuestion.EaseOfProcedures].Csat!.Value, Tolerance);
        Assert.Equal(0, byQuestion[SurveyQuestion.ClarityOfInformation].Answers);
        Assert.Null(byQuestion[SurveyQuestion.ClarityOfInformation].Mean);
        Assert.Equal(2, byQuestion[SurveyQuestion.Speed].Mean!.Value, Tolerance);
        Assert.Equal(0, byQuestion[SurveyQuestion.Speed].Csat!.Value, Tolerance);
    }

    [Fact]
    public void Compute_Comments_ScrubbedTrimmedNewestFirst()
    {
        var comments = ComputeOctober().Satisfaction.Comments;

        Assert.Equal(3, comments.Count);
        Assert.Equal("شكراً، تواصلوا معي على [محذوف]", comments[0].Text);
        Assert.Equal(new DateOnly(2026, 10, 22), comments[0].AnsweredOn);
        Assert.Equal(Channel.InPerson, comments[0].Channel);
        Assert.Equal(5, comments[0].Overall);
        Assert.Equal("الخدمة ممتازة", comments[1].Text);

        // Markup and a leading "=" stay literal text: the writers store it inertly.
        Assert.Equal("<b>=SUM(A1)</b> بريدي [محذوف]", comments[2].Text);
    }

    [Fact]
    public void Compute_CaseRows_CarryTheScoreOfTheSurveyAboutTheCase()
    {
        var rows = ComputeOctober().CaseRows.ToDictionary(r => r.CaseNumber);

        Assert.Equal(5, rows["C01"].SurveyScore);
        Assert.Null(rows["C06"].SurveyScore);
    }
}
