using Tarmeem.Core.Domain;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// One period's pass over each collection, and its headline figures. The report runs it for the period,
/// the one before and the same one a year earlier, so the three compare by construction.
/// </summary>
internal sealed class PeriodScan
{
    private PeriodScan(ReportPeriod period, ScanContext context, bool collectComments)
    {
        Period = period;
        Context = context;
        Cases = CaseTally.Scan(context);
        Inquiries = InquiryTally.Scan(context);
        Surveys = SurveyTally.Scan(context, collectComments);
        foreach (var branch in Cases.Branches)
        {
            Totals.AddAll(branch);
        }
    }

    public ReportPeriod Period { get; }

    public ScanContext Context { get; }

    public CaseTally Cases { get; }

    public InquiryTally Inquiries { get; }

    public SurveyTally Surveys { get; }

    /// <summary>Process counts over all branches.</summary>
    public BranchTally Totals { get; } = new();

    public static PeriodScan Run(PreparedRecords records, BusinessDayCounter businessDays, ReportPeriod period, int standardDays, bool collectComments) =>
        new(period, new ScanContext(records, businessDays, DayWindow.Of(period), standardDays), collectComments);

    /// <summary>Cases plus inquiries received per channel slot.</summary>
    public int TotalOf(int channelSlot) => Cases.ReceivedByChannel[channelSlot] + Inquiries.ReceivedByChannel[channelSlot];

    public PeriodFigures ToFigures()
    {
        var scored = Surveys.ScoredByChannel.Sum();
        return new PeriodFigures
        {
            Period = Period,
            CasesReceived = Cases.Received,
            InquiriesReceived = Inquiries.Received,
            Decision = Cases.Decisions.ToStats(Context.StandardDays),
            Registration = Cases.Steps[(int)CaseStep.RegistrationCompleted - 1].ToStats(null),
            Delivery = Cases.Steps[(int)CaseStep.ServiceDelivered - 1].ToStats(null),
            FirstResponse = Inquiries.FirstResponse.ToStats(null),
            OpenCasesAtEnd = Cases.OpenAtEnd,
            OpenPastStandardAtEnd = Cases.PastStandard.Count,
            InvitationsSent = Surveys.Sent,
            Responses = Surveys.Responses,
            ResponseRate = Ratio.Of(Surveys.Responses, Surveys.Sent),
            Csat = Ratio.Of(Surveys.SatisfiedByChannel.Sum(), scored),
            MeanOverall = Ratio.Mean(Surveys.ScoreSumByChannel.Sum(), scored),
            ReferredShare = Ratio.Of(Totals.Referred, Totals.Received),
            IncompleteShare = Ratio.Of(Totals.Incomplete, Totals.Received),
            AcceptanceRate = Ratio.Of(Totals.Accepted, Totals.Accepted + Totals.Rejected),
        };
    }
}
