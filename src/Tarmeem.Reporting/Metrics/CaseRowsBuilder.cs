using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// The row-level sheet: one row per case received in the period, in ordinal case-number order, with local
/// dates as recorded and durations from receipt (negative ones shown as recorded, so staff can see the error).
/// </summary>
internal static class CaseRowsBuilder
{
    public static IReadOnlyList<CaseRow> Build(PreparedRecords records, BusinessDayCounter businessDays, DayWindow window, int standardDays)
    {
        var cases = records.Records.Cases;
        var inPeriod = new List<int>();
        for (var i = 0; i < cases.Count; i++)
        {
            if (window.Contains(records.ReceivedDay(i)))
            {
                inPeriod.Add(i);
            }
        }

        inPeriod.Sort((a, b) => string.CompareOrdinal(cases[a].CaseNumber, cases[b].CaseNumber));
        var rows = new List<CaseRow>(inPeriod.Count);
        foreach (var index in inPeriod)
        {
            rows.Add(Row(records, businessDays, index, standardDays * TimeSpan.TicksPerDay));
        }

        return rows;
    }

    private static CaseRow Row(PreparedRecords records, BusinessDayCounter businessDays, int index, long standardTicks)
    {
        var c = records.Records.Cases[index];
        var received = c.Received!.Value;
        var decidedDay = records.CaseDecidedDays[index];
        long? decisionTicks = decidedDay == DayWindow.NoDay ? null : (c.DecisionAt!.Value - received).Ticks;
        return new CaseRow
        {
            CaseNumber = c.CaseNumber,
            Channel = c.Channel,
            RawChannel = c.Channel == Channel.Unspecified && c.RawChannel is { } raw ? CommentScrubber.Scrub(raw) : null,
            Branch = c.Branch,
            ServiceType = c.ServiceType,
            Received = DateOf(records.ReceivedDay(index)),
            DataVerified = DateOf(records.StepDay(index, CaseStep.DataVerified)),
            ReferredToResearcher = DateOf(records.StepDay(index, CaseStep.ReferredToResearcher)),
            Attested = DateOf(records.StepDay(index, CaseStep.Attested)),
            SubmittedToCommittee = DateOf(records.StepDay(index, CaseStep.SubmittedToCommittee)),
            DecisionOn = DateOf(records.StepDay(index, CaseStep.Decision)),
            Decision = c.Decision,
            RegistrationCompleted = DateOf(records.StepDay(index, CaseStep.RegistrationCompleted)),
            ServiceDelivered = DateOf(records.StepDay(index, CaseStep.ServiceDelivered)),
            DaysToDecision = decisionTicks / (double)TimeSpan.TicksPerDay,
            BusinessDaysToDecision = decisionTicks is null ? null : businessDays.Between(records.ReceivedDay(index), decidedDay),
            DecidedWithinStandard = decisionTicks is { } ticks && ticks >= 0 ? ticks <= standardTicks : null,
            DaysToDelivery = c.ServiceDelivered is { } delivered ? (delivered - received).TotalDays : null,
            IncompleteApplication = c.IncompleteApplication,
            SurveyScore = records.CaseScores.TryGetValue(c.CaseNumber, out var score) ? score : null,
        };
    }

    private static DateOnly? DateOf(int day) => day == DayWindow.NoDay ? null : DateOnly.FromDayNumber(day);
}
