using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Metrics;

/// <summary>Distributions, step durations and the aging of open cases for the report's own period.</summary>
internal static class ResponseTimesBuilder
{
    public static ResponseTimeFigures Build(PeriodScan current, MetricsOptions options)
    {
        var cases = current.Cases;
        var standard = options.DecisionStandardDays;
        var steps = new List<StepDuration>();
        for (var step = CaseStep.DataVerified; step <= CaseStep.ServiceDelivered; step++)
        {
            steps.Add(new StepDuration
            {
                Step = step,
                Stats = cases.Steps[(int)step - 1].ToStats(step == CaseStep.Decision ? standard : null),
            });
        }

        return new ResponseTimeFigures
        {
            DecisionDistribution = DurationBuckets.Build(
                cases.Decisions.Ticks, TimeSpan.TicksPerDay, DurationBuckets.DecisionDayEdges(standard), standard),
            Steps = steps,
            FirstResponseDistribution = DurationBuckets.Build(
                current.Inquiries.FirstResponse.Ticks, TimeSpan.TicksPerHour, DurationBuckets.FirstResponseHourEdges, options.FirstResponseStandardHours),
            Aging = Aging(cases),
            OpenPastStandard = OpenPastStandard(current),
        };
    }

    /// <summary>One row per step an open case can wait after (receipt to registration), zero rows included.</summary>
    private static List<OpenCaseAging> Aging(CaseTally cases)
    {
        var rows = new List<OpenCaseAging>();
        for (var step = CaseStep.Received; step <= CaseStep.RegistrationCompleted; step++)
        {
            var row = ((int)step - 1) * 4;
            rows.Add(new OpenCaseAging
            {
                WaitingAfter = step,
                UpTo7Days = cases.Aging[row],
                From8To14Days = cases.Aging[row + 1],
                From15To30Days = cases.Aging[row + 2],
                Over30Days = cases.Aging[row + 3],
            });
        }

        return rows;
    }

    private static List<OpenCase> OpenPastStandard(PeriodScan current)
    {
        var context = current.Context;
        var records = context.Records;
        var all = records.Records.Cases;
        var indices = current.Cases.PastStandard.ToArray();
        Array.Sort(indices, (a, b) =>
        {
            var byAge = all[a].Received!.Value.CompareTo(all[b].Received!.Value);
            return byAge != 0 ? byAge : string.CompareOrdinal(all[a].CaseNumber, all[b].CaseNumber);
        });

        var rows = new List<OpenCase>(indices.Length);
        foreach (var index in indices)
        {
            var c = all[index];
            rows.Add(new OpenCase
            {
                CaseNumber = c.CaseNumber,
                Channel = c.Channel,
                Branch = c.Branch,
                Received = DateOnly.FromDayNumber(records.ReceivedDay(index)),
                WaitingAfter = records.LastStepBy(index, context.Window.End),
                AgeDays = OpenCaseAge.StartedDays((context.EndInstant - c.Received!.Value).Ticks),
            });
        }

        return rows;
    }
}
