using Tarmeem.Core.Domain;
using Tarmeem.Core.Time;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// The records with every timestamp turned into a local day number once (one pass per collection). Every later
/// scan compares integers only, and only reads: the scans of one report may run side by side.
/// </summary>
internal sealed class PreparedRecords
{
    /// <summary>Slots per case in <see cref="CaseStepDays"/>: one per <see cref="CaseStep"/>.</summary>
    public const int StepCount = 8;

    private readonly LocalDayConverter _days;

    private PreparedRecords(ReportRecords records, BusinessCalendar calendar)
    {
        Records = records;
        Calendar = calendar;
        _days = new LocalDayConverter(calendar);
        CaseStepDays = new int[records.Cases.Count * StepCount];
        CaseDecidedDays = new int[records.Cases.Count];
        CaseClosedDays = new int[records.Cases.Count];
        InquiryReceivedDays = new int[records.Inquiries.Count];
        InquiryFirstResponseDays = new int[records.Inquiries.Count];
        SurveySentDays = new int[records.Surveys.Count];
    }

    public ReportRecords Records { get; }

    public BusinessCalendar Calendar { get; }

    /// <summary>Local day of each step of each case (<c>[case * 8 + step - 1]</c>), <see cref="DayWindow.NoDay"/> when not set.</summary>
    public int[] CaseStepDays { get; }

    /// <summary>Local decision day of a case that is decided: a decision time and an outcome (accepted or rejected).</summary>
    public int[] CaseDecidedDays { get; }

    /// <summary>Local day on which a case closed: its rejection or its delivery, whichever came first.</summary>
    public int[] CaseClosedDays { get; }

    public int[] InquiryReceivedDays { get; }

    public int[] InquiryFirstResponseDays { get; }

    public int[] SurveySentDays { get; }

    /// <summary>The overall score of the latest answer about each case, by case number.</summary>
    public IReadOnlyDictionary<string, int> CaseScores { get; private set; } = new Dictionary<string, int>();

    public int ReceivedDay(int caseIndex) => CaseStepDays[caseIndex * StepCount];

    public int StepDay(int caseIndex, CaseStep step) => CaseStepDays[(caseIndex * StepCount) + (int)step - 1];

    /// <summary>
    /// The furthest step in the policy's order reached by <paramref name="endDay"/>: what an open case waits
    /// after. A decision counts only once it has an outcome.
    /// </summary>
    public CaseStep LastStepBy(int caseIndex, int endDay)
    {
        for (var step = CaseStep.RegistrationCompleted; step > CaseStep.Received; step--)
        {
            var day = step == CaseStep.Decision ? CaseDecidedDays[caseIndex] : StepDay(caseIndex, step);
            if (day <= endDay)
            {
                return step;
            }
        }

        return CaseStep.Received;
    }

    public static PreparedRecords Prepare(ReportRecords records, BusinessCalendar calendar)
    {
        var prepared = new PreparedRecords(records, calendar);
        prepared.PrepareCases();
        prepared.PrepareInquiries();
        prepared.PrepareSurveys();
        return prepared;
    }

    private int Day(DateTimeOffset? instant) => instant is { } value ? _days.DayOf(value) : DayWindow.NoDay;

    private void PrepareCases()
    {
        var cases = Records.Cases;
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var slot = i * StepCount;
            CaseStepDays[slot] = Day(c.Received);
            CaseStepDays[slot + 1] = Day(c.DataVerified);
            CaseStepDays[slot + 2] = Day(c.ReferredToResearcher);
            CaseStepDays[slot + 3] = Day(c.Attested);
            CaseStepDays[slot + 4] = Day(c.SubmittedToCommittee);
            CaseStepDays[slot + 5] = Day(c.DecisionAt);
            CaseStepDays[slot + 6] = Day(c.RegistrationCompleted);
            CaseStepDays[slot + 7] = Day(c.ServiceDelivered);

            var decisionDay = CaseStepDays[slot + 5];
            CaseDecidedDays[i] = c.Decision == CaseDecision.Pending ? DayWindow.NoDay : decisionDay;
            var rejectedDay = c.Decision == CaseDecision.Rejected ? decisionDay : DayWindow.NoDay;
            CaseClosedDays[i] = Math.Min(rejectedDay, CaseStepDays[slot + 7]);
        }
    }

    private void PrepareInquiries()
    {
        var inquiries = Records.Inquiries;
        for (var i = 0; i < inquiries.Count; i++)
        {
            InquiryReceivedDays[i] = Day(inquiries[i].Received);
            InquiryFirstResponseDays[i] = Day(inquiries[i].FirstResponse);
        }
    }

    private void PrepareSurveys()
    {
        var surveys = Records.Surveys;
        for (var i = 0; i < surveys.Count; i++)
        {
            SurveySentDays[i] = Day(surveys[i].SentAt);
        }

        CaseScores = ScoresOfCases();
    }

    private Dictionary<string, int> ScoresOfCases()
    {
        var latest = new Dictionary<string, SurveyResponse>(StringComparer.Ordinal);
        foreach (var survey in Records.Surveys)
        {
            if (survey is { Answer: { } answer, AnsweredCase: { } caseNumber }
                && (!latest.TryGetValue(caseNumber, out var known) || answer.AnsweredAt >= known.AnsweredAt))
            {
                latest[caseNumber] = answer;
            }
        }

        var scores = new Dictionary<string, int>(latest.Count, StringComparer.Ordinal);
        foreach (var (caseNumber, answer) in latest)
        {
            if (Score.IsValid(answer.Overall))
            {
                scores[caseNumber] = answer.Overall;
            }
        }

        return scores;
    }
}
