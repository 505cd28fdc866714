using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Testing.Reports;

/// <summary>Reports built by hand (the calculator is not needed), small enough to check the document line by line.</summary>
public static class WordSampleReports
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);

    public static readonly SurveyComment[] DefaultComments =
    [
        new() { AnsweredOn = new(2026, 10, 20), Channel = Channel.Phone, Overall = 2, Text = "تأخر الرد على طلبي أكثر من أسبوعين" },
        new() { AnsweredOn = new(2026, 10, 12), Channel = Channel.InPerson, Overall = 5, Text = "خدمة ممتازة وسريعة" },
    ];

    /// <summary>A month (management) or a quarter (board) with every section filled.</summary>
    public static QualityReport Small(ReportPeriod period, IReadOnlyList<SurveyComment>? comments = null, int scale = 1) => new()
    {
        Period = period,
        GeneratedAt = GeneratedAt,
        DecisionStandardDays = 14,
        Current = Figures(period, cases: 15 * scale, inquiries: 3 * scale, decided: 10 * scale, within: 0.8, median: 12, csat: 0.75, responses: 8 * scale, open: 2),
        Previous = Figures(period.Previous(), cases: 12 * scale, inquiries: 4 * scale, decided: 9 * scale, within: 0.75, median: 14, csat: 0.8, responses: 5 * scale, open: 1),
        LastYear = Figures(period.SameLastYear(), cases: 9 * scale, inquiries: 0, decided: 6 * scale, within: null, median: null, csat: null, responses: 0, open: 0),
        Kpis =
        [
            new() { Key = "CasesReceived", Unit = KpiUnit.Count, Direction = KpiDirection.Neutral, Current = 15 * scale, Previous = 12 * scale, LastYear = 9 * scale },
            new() { Key = "DecisionWithinStandard", Unit = KpiUnit.Share, Direction = KpiDirection.HigherIsBetter, Current = 0.8, Previous = 0.75, LastYear = null },
            new() { Key = "DecisionMedianDays", Unit = KpiUnit.Days, Direction = KpiDirection.LowerIsBetter, Current = 12, Previous = 14, LastYear = 12 },
            new() { Key = "Csat", Unit = KpiUnit.Share, Direction = KpiDirection.HigherIsBetter, Current = 0.75, Previous = 0.8 },
            new() { Key = "MeanOverall", Unit = KpiUnit.Score, Direction = KpiDirection.HigherIsBetter, Current = 3.88, Previous = 4.1 },
        ],
        Channels = [.. ChannelCatalog.AllForReports.Select((c, i) => ChannelRow(c, i, scale))],
        Trend = [.. Enumerable.Range(0, 12).Select(i => Month(period.End.AddMonths(-11 + i), i, scale))],
        ResponseTimes = new ResponseTimeFigures
        {
            DecisionDistribution =
            [
                new() { From = 0, To = 7, Count = 3 * scale, WithinStandard = true },
                new() { From = 8, To = 14, Count = 5 * scale, WithinStandard = true },
                new() { From = 15, To = 30, Count = 2 * scale, WithinStandard = false },
                new() { From = 31, To = null, Count = 0, WithinStandard = false },
            ],
            Steps =
            [
                new() { Step = CaseStep.Decision, Stats = new DurationStats { Count = 10 * scale, MedianDays = 12, P90Days = 19.5, MedianBusinessDays = 8, P90BusinessDays = 14, WithinStandardShare = 0.8 } },
                new() { Step = CaseStep.ServiceDelivered, Stats = new DurationStats { Count = 4 * scale, MedianDays = 41, P90Days = 60, MedianBusinessDays = 29, P90BusinessDays = 43 } },
            ],
            FirstResponseDistribution = [new() { From = 0, To = 24, Count = 2 }, new() { From = 25, To = null, Count = 1 }],
            Aging =
            [
                new() { WaitingAfter = CaseStep.DataVerified, UpTo7Days = 1, From15To30Days = 1 },
                new() { WaitingAfter = CaseStep.SubmittedToCommittee, From8To14Days = 1, Over30Days = 1 },
            ],
            OpenPastStandard =
            [
                new() { CaseNumber = "C-0002", Channel = Channel.Phone, Branch = Branch.Jeddah, Received = new(2026, 9, 2), WaitingAfter = CaseStep.SubmittedToCommittee, AgeDays = 59 },
                new() { CaseNumber = "C-0007", Channel = Channel.Website, Branch = Branch.Makkah, Received = new(2026, 10, 9), WaitingAfter = CaseStep.DataVerified, AgeDays = 22 },
            ],
        },
        Satisfaction = new SatisfactionFigures
        {
            InvitationsSent = 12 * scale,
            Responses = 8 * scale,
            ResponseRate = 8 / 12.0,
            OverallDistribution = [1 * scale, 0, 1 * scale, 3 * scale, 3 * scale],
            Questions =
            [
                new() { Question = SurveyQuestion.Overall, Answers = 8 * scale, Mean = 3.88, Csat = 0.75 },
                new() { Question = SurveyQuestion.EaseOfProcedures, Answers = 8 * scale, Mean = 3.5, Csat = 0.625 },
                new() { Question = SurveyQuestion.Courtesy, Answers = 7 * scale, Mean = 4.57, Csat = 1 },
                new() { Question = SurveyQuestion.Speed, Answers = 0 },
            ],
            Comments = comments ?? DefaultComments,
        },
        ProcessQuality = new ProcessQualityFigures
        {
            CasesReceived = 15 * scale,
            Referred = 3 * scale,
            ReferredShare = 0.2,
            Incomplete = 2 * scale,
            IncompleteShare = 2 / 15.0,
            Accepted = 7 * scale,
            Rejected = 3 * scale,
            AcceptanceRate = 0.7,
            ByBranch = [.. ChannelCatalog.BranchesForReports.Select((b, i) => new BranchProcessFigures
            {
                Branch = b,
                CasesReceived = (5 - i) * scale,
                ReferredShare = i < 5 ? 0.2 : null,
                AcceptanceRate = i < 4 ? 0.7 : null,
                DecisionWithinStandardShare = i < 4 ? 0.8 : null,
            })],
        },
        DataQuality = new DataQualityFigures
        {
            Findings =
            [
                new() { Kind = DataQualityKind.CaseUnmappedChannel, Count = 1, Examples = ["C-0003"], Detail = "واتساب" },
                new() { Kind = DataQualityKind.UnspecifiedBranch, Count = 2, Examples = ["C-0003", "INQ-0011"] },
            ],
        },
        CaseRows = [],
    };

    /// <summary>A period with no case, inquiry or survey at all, and no trend yet.</summary>
    public static QualityReport Empty(ReportPeriod period) => new()
    {
        Period = period,
        GeneratedAt = GeneratedAt,
        DecisionStandardDays = 14,
        Current = Figures(period, 0, 0, 0, null, null, null, 0, 0),
        Previous = Figures(period.Previous(), 0, 0, 0, null, null, null, 0, 0),
        LastYear = Figures(period.SameLastYear(), 0, 0, 0, null, null, null, 0, 0),
        Kpis = [new() { Key = "CasesReceived", Unit = KpiUnit.Count, Direction = KpiDirection.Neutral, Current = 0, Previous = 0, LastYear = 0 }],
        Channels = [.. ChannelCatalog.AllForReports.Select(c => new ChannelFigures { Channel = c, ByBranch = new Dictionary<Branch, int>() })],
        Trend = [],
        ResponseTimes = new ResponseTimeFigures { DecisionDistribution = [], Steps = [], FirstResponseDistribution = [], Aging = [], OpenPastStandard = [] },
        Satisfaction = new SatisfactionFigures { OverallDistribution = [0, 0, 0, 0, 0], Questions = [], Comments = [] },
        ProcessQuality = new ProcessQualityFigures { ByBranch = [] },
        DataQuality = new DataQualityFigures { Findings = [] },
        CaseRows = [],
    };

    private static PeriodFigures Figures(ReportPeriod period, int cases, int inquiries, int decided, double? within, double? median, double? csat, int responses, int open) => new()
    {
        Period = period,
        CasesReceived = cases,
        InquiriesReceived = inquiries,
        Decision = new DurationStats { Count = decided, MedianDays = median, P90Days = median * 1.6, WithinStandardShare = decided == 0 ? null : within },
        Registration = DurationStats.None,
        Delivery = DurationStats.None,
        FirstResponse = new DurationStats { Count = inquiries, MedianDays = inquiries == 0 ? null : 0.25, P90Days = inquiries == 0 ? null : 1.5 },
        OpenCasesAtEnd = open + 2,
        OpenPastStandardAtEnd = open,
        InvitationsSent = cases == 0 && responses == 0 ? 0 : responses + 4,
        Responses = responses,
        ResponseRate = responses == 0 ? null : responses / (responses + 4.0),
        Csat = csat,
        MeanOverall = csat is null ? null : 3.88,
        ReferredShare = 0.2,
        IncompleteShare = 0.1,
        AcceptanceRate = 0.7,
    };

    private static readonly int[] ChannelTotals = [5, 4, 2, 0, 3, 0, 3, 1, 0];

    private static ChannelFigures ChannelRow(Channel channel, int index, int scale)
    {
        var total = ChannelTotals[index] * scale;
        var inquiries = index is 1 or 2 or 6 ? Math.Min(total, 1 * scale) : 0;
        return new ChannelFigures
        {
            Channel = channel,
            Cases = total - inquiries,
            Inquiries = inquiries,
            Share = total / (18.0 * scale),
            ByBranch = ChannelCatalog.BranchesForReports.ToDictionary(b => b, b => b == Branch.Makkah ? total - (total / 2) : b == Branch.Jeddah ? total / 2 : 0),
            PreviousTotal = Math.Max(0, total - 1),
            LastYearTotal = total / 2,
            InvitationsSent = total,
            Responses = total / 2,
            ResponseRate = total == 0 ? null : (total / 2) / (double)total,
            Csat = total == 0 ? null : 0.75,
            MeanOverall = total == 0 ? null : 3.9,
        };
    }

    private static MonthFigures Month(DateOnly day, int index, int scale) => new()
    {
        Month = new DateOnly(day.Year, day.Month, 1),
        Cases = (4 + (index % 4) + (index / 3)) * scale,
        Inquiries = (1 + (index % 3)) * scale,
        ByChannel = ChannelCatalog.AllForReports.ToDictionary(c => c, c => c == Channel.InPerson ? 3 * scale : 1),
        DecisionWithinStandardShare = 0.7 + (index % 3 * 0.05),
        Csat = 0.7,
        Responses = 2 * scale,
    };
}
