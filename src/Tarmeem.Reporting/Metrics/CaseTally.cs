using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Metrics;

/// <summary>Everything the report says about cases in one period, gathered in one pass over the cases.</summary>
internal sealed class CaseTally
{
    public int Received { get; private set; }

    public int[] ReceivedByChannel { get; } = new int[Slots.Channels];

    /// <summary>Cases received per channel and branch: <c>[channel * 6 + branch]</c>.</summary>
    public int[] ReceivedByChannelBranch { get; } = new int[Slots.Channels * Slots.Branches];

    /// <summary>Process figures per branch slot; the totals are their sum.</summary>
    public BranchTally[] Branches { get; } = [.. Enumerable.Range(0, Slots.Branches).Select(_ => new BranchTally())];

    /// <summary>Receipt → step for steps reached in the period, by <c>(int)step - 1</c>.</summary>
    public DurationSample[] Steps { get; } = [.. Enumerable.Range(0, PreparedRecords.StepCount).Select(_ => new DurationSample())];

    public DurationSample Decisions => Steps[(int)CaseStep.Decision - 1];

    public int[] DecidedByChannel { get; } = new int[Slots.Channels];

    public int[] WithinStandardByChannel { get; } = new int[Slots.Channels];

    public int OpenAtEnd { get; private set; }

    /// <summary>Open cases at the end by the step they wait after and their age band: <c>[(step - 1) * 4 + band]</c>.</summary>
    public int[] Aging { get; } = new int[PreparedRecords.StepCount * 4];

    /// <summary>Indices of open, undecided cases older than the standard at the end.</summary>
    public List<int> PastStandard { get; } = [];

    public static CaseTally Scan(ScanContext context)
    {
        var tally = new CaseTally();
        var cases = context.Records.Records.Cases;
        for (var i = 0; i < cases.Count; i++)
        {
            tally.Add(context, i, cases[i]);
        }

        return tally;
    }

    private void Add(ScanContext context, int index, SupportCase c)
    {
        var records = context.Records;
        var window = context.Window;
        var receivedDay = records.ReceivedDay(index);
        if (receivedDay == DayWindow.NoDay || c.Received is not { } received)
        {
            return;
        }

        var channel = Slots.Of(c.Channel);
        var branch = Slots.Of(c.Branch);
        if (window.Contains(receivedDay))
        {
            Received++;
            ReceivedByChannel[channel]++;
            ReceivedByChannelBranch[(channel * Slots.Branches) + branch]++;
            Branches[branch].AddReceived(c, records.CaseDecidedDays[index] <= window.End);
        }

        AddSteps(context, index, c, received, channel, branch);

        if (receivedDay <= window.End && records.CaseClosedDays[index] > window.End)
        {
            AddOpen(context, index, received);
        }
    }

    private void AddSteps(ScanContext context, int index, SupportCase c, DateTimeOffset received, int channel, int branch)
    {
        var records = context.Records;
        var receivedDay = records.ReceivedDay(index);
        for (var step = CaseStep.DataVerified; step <= CaseStep.ServiceDelivered; step++)
        {
            var day = step == CaseStep.Decision ? records.CaseDecidedDays[index] : records.StepDay(index, step);
            if (!context.Window.Contains(day))
            {
                continue;
            }

            // A step recorded before receipt is a data error (counted in data quality), not a duration.
            var ticks = (c.TimeOf(step)!.Value - received).Ticks;
            if (ticks < 0)
            {
                continue;
            }

            Steps[(int)step - 1].Add(ticks, context.BusinessDays.Between(receivedDay, day));
            if (step == CaseStep.Decision)
            {
                var within = ticks <= context.StandardTicks;
                DecidedByChannel[channel]++;
                Branches[branch].AddDecision(within);
                if (within)
                {
                    WithinStandardByChannel[channel]++;
                }
            }
        }
    }

    private void AddOpen(ScanContext context, int index, DateTimeOffset received)
    {
        OpenAtEnd++;
        var records = context.Records;
        var end = context.Window.End;
        var ageTicks = (context.EndInstant - received).Ticks;
        var waitingAfter = records.LastStepBy(index, end);
        Aging[(((int)waitingAfter - 1) * 4) + OpenCaseAge.Band(OpenCaseAge.StartedDays(ageTicks))]++;
        if (records.CaseDecidedDays[index] > end && ageTicks > context.StandardTicks)
        {
            PastStandard.Add(index);
        }
    }
}
