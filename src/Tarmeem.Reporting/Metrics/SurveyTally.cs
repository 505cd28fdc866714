using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Metrics;

/// <summary>Invitations sent in one period and the answers to them, in one pass over the invitations.</summary>
internal sealed class SurveyTally
{
    public int[] SentByChannel { get; } = new int[Slots.Channels];

    public int[] ResponsesByChannel { get; } = new int[Slots.Channels];

    /// <summary>Valid overall scores, their sum and the satisfied (4–5) among them, per channel.</summary>
    public int[] ScoredByChannel { get; } = new int[Slots.Channels];

    public int[] ScoreSumByChannel { get; } = new int[Slots.Channels];

    public int[] SatisfiedByChannel { get; } = new int[Slots.Channels];

    /// <summary>Overall answers per score: index 0 is score 1.</summary>
    public int[] OverallDistribution { get; } = new int[5];

    /// <summary>Per question (<c>(int)question - 1</c>): valid answers, their sum, satisfied.</summary>
    public int[] QuestionAnswers { get; } = new int[5];

    public int[] QuestionSums { get; } = new int[5];

    public int[] QuestionSatisfied { get; } = new int[5];

    /// <summary>Indices of the surveys whose kept answer carries a comment (when asked for).</summary>
    public List<int> Commented { get; } = [];

    public int Sent => SentByChannel.Sum();

    public int Responses => ResponsesByChannel.Sum();

    public static SurveyTally Scan(ScanContext context, bool collectComments)
    {
        var tally = new SurveyTally();
        var records = context.Records;
        var surveys = records.Records.Surveys;
        for (var i = 0; i < surveys.Count; i++)
        {
            if (!context.Window.Contains(records.SurveySentDays[i]))
            {
                continue;
            }

            var survey = surveys[i];
            var channel = Slots.Of(survey.Channel);
            tally.SentByChannel[channel]++;
            if (survey.Answer is not { } response)
            {
                continue;
            }

            tally.ResponsesByChannel[channel]++;
            tally.AddScores(channel, response);
            if (collectComments && !string.IsNullOrWhiteSpace(response.Comment))
            {
                tally.Commented.Add(i);
            }
        }

        return tally;
    }

    private void AddScores(int channel, SurveyResponse response)
    {
        if (Score.IsValid(response.Overall))
        {
            ScoredByChannel[channel]++;
            ScoreSumByChannel[channel] += response.Overall;
            OverallDistribution[response.Overall - 1]++;
            if (Score.IsSatisfied(response.Overall))
            {
                SatisfiedByChannel[channel]++;
            }
        }

        AddAnswer(SurveyQuestion.Overall, response.Overall);
        AddAnswer(SurveyQuestion.EaseOfProcedures, response.EaseOfProcedures);
        AddAnswer(SurveyQuestion.Courtesy, response.Courtesy);
        AddAnswer(SurveyQuestion.ClarityOfInformation, response.ClarityOfInformation);
        AddAnswer(SurveyQuestion.Speed, response.Speed);
    }

    private void AddAnswer(SurveyQuestion question, int? score)
    {
        if (score is not { } value || !Score.IsValid(value))
        {
            return;
        }

        var slot = (int)question - 1;
        QuestionAnswers[slot]++;
        QuestionSums[slot] += value;
        if (Score.IsSatisfied(value))
        {
            QuestionSatisfied[slot]++;
        }
    }
}
