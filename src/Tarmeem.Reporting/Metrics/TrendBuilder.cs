using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Planning;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// The plan's twelve calendar months (<see cref="ReportPlan.TrendStart"/> on), oldest first: every record is put in
/// its month once, in one pass per collection, instead of re-scanning everything for each month.
/// </summary>
internal static class TrendBuilder
{
    private const int Months = ReportPlan.TrendMonths;

    public static IReadOnlyList<MonthFigures> Build(PreparedRecords records, ReportPlan plan, int standardDays)
    {
        var firstMonth = plan.TrendStart;
        var monthStarts = new int[Months + 1];
        for (var m = 0; m <= Months; m++)
        {
            monthStarts[m] = firstMonth.AddMonths(m).DayNumber;
        }

        var months = Enumerable.Range(0, Months).Select(_ => new MonthTally()).ToArray();
        AddCases(records, monthStarts, months, standardDays * TimeSpan.TicksPerDay);
        AddInquiries(records, monthStarts, months);
        AddSurveys(records, monthStarts, months);

        var trend = new List<MonthFigures>(Months);
        for (var m = 0; m < Months; m++)
        {
            var tally = months[m];
            trend.Add(new MonthFigures
            {
                Month = DateOnly.FromDayNumber(monthStarts[m]),
                Cases = tally.Cases,
                Inquiries = tally.Inquiries,
                ByChannel = ChannelCatalog.AllForReports.ToDictionary(c => c, c => tally.ByChannel[Slots.Of(c)]),
                DecisionWithinStandardShare = Ratio.Of(tally.DecidedWithinStandard, tally.Decisions.Count),
                DecisionMedianDays = tally.Decisions.MedianDays(),
                Csat = Ratio.Of(tally.Satisfied, tally.Scored),
                Responses = tally.Responses,
            });
        }

        return trend;
    }

    /// <summary>The month slot of a day, or -1 outside the twelve months.</summary>
    private static int MonthOf(int[] monthStarts, int day)
    {
        if (day < monthStarts[0] || day >= monthStarts[^1])
        {
            return -1;
        }

        var index = Array.BinarySearch(monthStarts, day);
        return index >= 0 ? index : ~index - 1;
    }

    private static void AddCases(PreparedRecords records, int[] monthStarts, MonthTally[] months, long standardTicks)
    {
        var cases = records.Records.Cases;
        for (var i = 0; i < cases.Count; i++)
        {
            var received = MonthOf(monthStarts, records.ReceivedDay(i));
            if (received >= 0)
            {
                months[received].Cases++;
                months[received].ByChannel[Slots.Of(cases[i].Channel)]++;
            }

            var decided = MonthOf(monthStarts, records.CaseDecidedDays[i]);
            if (decided < 0 || cases[i].Received is not { } start)
            {
                continue;
            }

            var ticks = (cases[i].DecisionAt!.Value - start).Ticks;
            if (ticks >= 0)
            {
                // Only the calendar-day median is shown per month, so business days are not counted here.
                months[decided].Decisions.Add(ticks, 0);
                if (ticks <= standardTicks)
                {
                    months[decided].DecidedWithinStandard++;
                }
            }
        }
    }

    private static void AddInquiries(PreparedRecords records, int[] monthStarts, MonthTally[] months)
    {
        var inquiries = records.Records.Inquiries;
        for (var i = 0; i < inquiries.Count; i++)
        {
            var month = MonthOf(monthStarts, records.InquiryReceivedDays[i]);
            if (month >= 0)
            {
                months[month].Inquiries++;
                months[month].ByChannel[Slots.Of(inquiries[i].Channel)]++;
            }
        }
    }

    private static void AddSurveys(PreparedRecords records, int[] monthStarts, MonthTally[] months)
    {
        var surveys = records.Records.Surveys;
        for (var i = 0; i < surveys.Count; i++)
        {
            var month = MonthOf(monthStarts, records.SurveySentDays[i]);
            if (month < 0 || surveys[i].Answer is not { } answer)
            {
                continue;
            }

            var overall = answer.Overall;
            months[month].Responses++;
            if (Score.IsValid(overall))
            {
                months[month].Scored++;
                if (Score.IsSatisfied(overall))
                {
                    months[month].Satisfied++;
                }
            }
        }
    }

    private sealed class MonthTally
    {
        public int Cases { get; set; }

        public int Inquiries { get; set; }

        public int[] ByChannel { get; } = new int[Slots.Channels];

        public DurationSample Decisions { get; } = new();

        public int DecidedWithinStandard { get; set; }

        public int Responses { get; set; }

        public int Scored { get; set; }

        public int Satisfied { get; set; }
    }
}
