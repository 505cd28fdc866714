using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Testing.Reports;

/// <summary>Reports built by hand, small enough to check every cell of the workbook against.</summary>
public static class SampleReports
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);

    public static QualityReport Small(IReadOnlyList<SurveyComment>? comments = null)
    {
        var period = ReportPeriod.Month(2026, 10);
        CaseRow[] cases =
        [
            new()
            {
                CaseNumber = "C-0001", Channel = Channel.InPerson, Branch = Branch.Makkah, ServiceType = ServiceType.Restoration,
                Received = new(2026, 10, 1), DataVerified = new(2026, 10, 2), Attested = new(2026, 10, 4), SubmittedToCommittee = new(2026, 10, 6),
                DecisionOn = new(2026, 10, 10), Decision = CaseDecision.Accepted, DaysToDecision = 9, BusinessDaysToDecision = 7,
                DecidedWithinStandard = true, SurveyScore = 5,
            },
            new()
            {
                CaseNumber = "C-0002", Channel = Channel.Phone, Branch = Branch.Jeddah, ServiceType = ServiceType.Maintenance,
                Received = new(2026, 10, 5), DataVerified = new(2026, 10, 6), IncompleteApplication = true,
            },
            new()
            {
                CaseNumber = "C-0003", Channel = Channel.Unspecified, RawChannel = "واتساب", Branch = Branch.Unspecified,
                ServiceType = ServiceType.Furnishing, Received = new(2026, 10, 7), ReferredToResearcher = new(2026, 10, 9),
                DecisionOn = new(2026, 10, 28), Decision = CaseDecision.Rejected, DaysToDecision = 21, BusinessDaysToDecision = 15,
                DecidedWithinStandard = false, SurveyScore = 2,
            },
        ];

        return new QualityReport
        {
            Period = period,
            GeneratedAt = GeneratedAt,
            DecisionStandardDays = 14,
            Current = Figures(period, cases: 3, inquiries: 2, invitations: 4),
            Previous = Figures(period.Previous(), cases: 2, inquiries: 1, invitations: 2),
            LastYear = Figures(period.SameLastYear(), cases: 0, inquiries: 0, invitations: 0),
            Kpis =
            [
                new() { Key = "CasesReceived", Unit = KpiUnit.Count, Direction = KpiDirection.Neutral, Current = 3, Previous = 2 },
                new() { Key = "DecisionWithinStandard", Unit = KpiUnit.Share, Direction = KpiDirection.HigherIsBetter, Current = 0.5, Previous = 0.4, LastYear = 0.6 },
                new() { Key = "DecisionMedianDays", Unit = KpiUnit.Days, Direction = KpiDirection.LowerIsBetter, Current = 15, Previous = 12 },
                new() { Key = "MeanOverall", Unit = KpiUnit.Score, Direction = KpiDirection.HigherIsBetter, Current = 3.5, Previous = 3.5 },
            ],
            Channels = [.. ChannelCatalog.AllForReports.Select(ChannelRow)],
            Trend = [.. Enumerable.Range(0, 12).Select(i => Month(new DateOnly(2025, 11, 1).AddMonths(i)))],
            ResponseTimes = new ResponseTimeFigures
            {
                DecisionDistribution =
                [
                    new() { From = 0, To = 7, Count = 0, WithinStandard = true },
                    new() { From = 8, To = 14, Count = 1, WithinStandard = true },
                    new() { From = 15, To = 30, Count = 1, WithinStandard = false },
                    new() { From = 31, To = null, Count = 0, WithinStandard = false },
                ],
                Steps =
                [
                    new() { Step = CaseStep.Decision, Stats = new DurationStats { Count = 2, MedianDays = 15, P90Days = 19.8, MedianBusinessDays = 11, P90BusinessDays = 14.2, WithinStandardShare = 0.5 } },
                ],
                FirstResponseDistribution = [new() { From = 0, To = 24, Count = 2 }, new() { From = 25, To = null, Count = 0 }],
                Aging = [new() { WaitingAfter = CaseStep.DataVerified, From15To30Days = 1 }],
                OpenPastStandard =
                [
                    new() { CaseNumber = "C-0002", Channel = Channel.Phone, Branch = Branch.Jeddah, Received = new(2026, 10, 5), WaitingAfter = CaseStep.DataVerified, AgeDays = 26 },
                ],
            },
            Satisfaction = new SatisfactionFigures
            {
                InvitationsSent = 4,
                Responses = 2,
                ResponseRate = 0.5,
                OverallDistribution = [0, 1, 0, 0, 1],
                Questions = [new() { Question = SurveyQuestion.Overall, Answers = 2, Mean = 3.5, Csat = 0.5 }],
                Comments = comments ?? [new() { AnsweredOn = new(2026, 10, 12), Channel = Channel.InPerson, Overall = 5, Text = "خدمة ممتازة وسريعة" }],
            },
            ProcessQuality = new ProcessQualityFigures
            {
                CasesReceived = 3,
                Referred = 1,
                ReferredShare = 1 / 3.0,
                Incomplete = 1,
                IncompleteShare = 1 / 3.0,
                Accepted = 1,
                Rejected = 1,
                AcceptanceRate = 0.5,
                ByBranch = [.. ChannelCatalog.BranchesForReports.Select(b => new BranchProcessFigures
                {
                    Branch = b,
                    CasesReceived = b is Branch.Makkah or Branch.Jeddah or Branch.Unspecified ? 1 : 0,
                    AcceptanceRate = b switch { Branch.Makkah => 1, Branch.Unspecified => 0, _ => null },
                })],
            },
            DataQuality = new DataQualityFigures
            {
                Findings = [new() { Kind = DataQualityKind.CaseUnmappedChannel, Count = 1, Examples = ["C-0003"], Detail = "واتساب" }],
            },
            CaseRows = cases,
        };
    }

    /// <summary>A period with no case, inquiry or survey at all.</summary>
    public static QualityReport Empty()
    {
        var period = ReportPeriod.Month(2026, 10);
        return new QualityReport
        {
            Period = period,
            GeneratedAt = GeneratedAt,
            DecisionStandardDays = 14,
            Current = Figures(period, 0, 0, 0),
            Previous = Figures(period.Previous(), 0, 0, 0),
            LastYear = Figures(period.SameLastYear(), 0, 0, 0),
            Kpis = [new() { Key = "CasesReceived", Unit = KpiUnit.Count, Direction = KpiDirection.Neutral, Current = 0, Previous = 0, LastYear = 0 }],
            Channels = [.. ChannelCatalog.AllForReports.Select(c => new ChannelFigures { Channel = c, ByBranch = new Dictionary<Branch, int>() })],
            Trend = [],
            ResponseTimes = new ResponseTimeFigures { DecisionDistribution = [], Steps = [], FirstResponseDistribution = [], Aging = [], OpenPastStandard = [] },
            Satisfaction = new SatisfactionFigures { OverallDistribution = [0, 0, 0, 0, 0], Questions = [], Comments = [] },
            ProcessQuality = new ProcessQualityFigures { ByBranch = [] },
            DataQuality = new DataQualityFigures { Findings = [] },
            CaseRows = [],
        };
    }

    /// <summary>Deterministic rows for size tests; the channel cycles through all nine.</summary>
    public static IEnumerable<CaseRow> ManyRows(int count)
    {
        var channels = ChannelCatalog.AllForReports;
        var branches = ChannelCatalog.BranchesForReports;
        var start = new DateOnly(2026, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var received = start.AddDays(i % 300);
            var decided = i % 3 != 0;
            yield return new CaseRow
            {
                CaseNumber = $"C-{i:D7}",
                Channel = channels[i % channels.Count],
                Branch = branches[i % branches.Count],
                ServiceType = (ServiceType)(i % 6),
                Received = received,
                DataVerified = received.AddDays(1),
                DecisionOn = decided ? received.AddDays(i % 20) : null,
                Decision = decided ? CaseDecision.Accepted : CaseDecision.Pending,
                DaysToDecision = decided ? i % 20 : null,
                BusinessDaysToDecision = decided ? (i % 20) * 5 / 7 : null,
                DecidedWithinStandard = decided ? i % 20 <= 14 : null,
                IncompleteApplication = i % 7 == 0,
                SurveyScore = i % 4 == 0 ? (i % 5) + 1 : null,
            };
        }
    }

    private static ChannelFigures ChannelRow(Channel channel)
    {
        var (cases, inquiries, branch) = channel switch
        {
            Channel.InPerson => (1, 2, Branch.Makkah),
            Channel.Phone => (1, 0, Branch.Jeddah),
            Channel.Unspecified => (1, 0, Branch.Unspecified),
            _ => (0, 0, Branch.Makkah),
        };
        return new ChannelFigures
        {
            Channel = channel,
            Cases = cases,
            Inquiries = inquiries,
            Share = (cases + inquiries) / 5.0,
            ByBranch = ChannelCatalog.BranchesForReports.ToDictionary(b => b, b => b == branch ? cases + inquiries : 0),
            PreviousTotal = channel == Channel.InPerson ? 3 : 0,
            FirstResponseMedianHours = channel == Channel.InPerson ? 4.5 : null,
            DecisionWithinStandardShare = channel switch { Channel.InPerson => 1, Channel.Unspecified => 0, _ => null },
            InvitationsSent = channel == Channel.InPerson ? 2 : 0,
            Responses = channel == Channel.InPerson ? 1 : 0,
            ResponseRate = channel == Channel.InPerson ? 0.5 : null,
            Csat = channel == Channel.InPerson ? 1 : null,
        };
    }

    private static MonthFigures Month(DateOnly month)
    {
        var october = month == new DateOnly(2026, 10, 1);
        return new MonthFigures
        {
            Month = month,
            Cases = october ? 3 : 0,
            Inquiries = october ? 2 : 0,
            ByChannel = ChannelCatalog.AllForReports.ToDictionary(c => c, c => october && c == Channel.InPerson ? 3 : october && c is Channel.Phone or Channel.Unspecified ? 1 : 0),
            DecisionWithinStandardShare = october ? 0.5 : null,
            DecisionMedianDays = october ? 15 : null,
            Csat = october ? 0.5 : null,
            Responses = october ? 2 : 0,
        };
    }

    private static PeriodFigures Figures(ReportPeriod period, int cases, int inquiries, int invitations) => new()
    {
        Period = period,
        CasesReceived = cases,
        InquiriesReceived = inquiries,
        InvitationsSent = invitations,
        Decision = cases > 0 ? new DurationStats { Count = 2, MedianDays = 15, WithinStandardShare = 0.5 } : DurationStats.None,
        Registration = DurationStats.None,
        Delivery = DurationStats.None,
        FirstResponse = DurationStats.None,
        ResponseRate = invitations > 0 ? 0.5 : null,
        Csat = invitations > 0 ? 0.5 : null,
    };
}
