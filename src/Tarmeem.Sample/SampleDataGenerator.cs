using Tarmeem.Core.Domain;

namespace Tarmeem.Sample;

/// <summary>
/// Realistic, deterministic sample data for the association: two years of cases and inquiries up to
/// the end of the last complete month, the surveys that followed them, and a few planted faults.
/// Cases and inquiries are built in parallel, each pipeline from its own seeded streams, so the output
/// does not depend on thread timing, and tuning one kind leaves the others unchanged.
/// </summary>
public static class SampleDataGenerator
{
    public static ServiceRecords Generate(SampleDataOptions options) => GenerateWithSummary(options).Records;

    public static SampleData GenerateWithSummary(SampleDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var windows = new SampleWindows(options);
        var calendar = new SampleCalendar(windows.PreviousYearStart, windows.EndDate);
        var planter = new DirtyRecordPlanter(windows, options.LastMonth);
        var caseSurveys = new SurveyGenerator(windows, Stream(options.Seed, 3));
        var inquirySurveys = new SurveyGenerator(windows, Stream(options.Seed, 6));
        List<SupportCase> cases = [];
        List<Inquiry> inquiries = [];

        Parallel.Invoke(
            () =>
            {
                var random = Stream(options.Seed, 1);
                cases = new CaseGenerator(windows, new WorkClock(calendar.Calendar, random), random)
                    .Generate(
                        new ArrivalSchedule(calendar, windows, random).Generate(SampleMix.CaseChannels, SampleMix.CasesPerYear),
                        ArrivalSchedule.ExpectedCount(windows, SampleMix.CasesPerYear));
                planter.PlantCases(cases, Stream(options.Seed, 2));
                caseSurveys.InviteForCases(cases);
            },
            () =>
            {
                var random = Stream(options.Seed, 4);
                inquiries = new InquiryGenerator(windows, new WorkClock(calendar.Calendar, random), random)
                    .Generate(
                        new ArrivalSchedule(calendar, windows, random).Generate(SampleMix.InquiryChannels, SampleMix.InquiriesPerYear),
                        ArrivalSchedule.ExpectedCount(windows, SampleMix.InquiriesPerYear));
                planter.PlantInquiries(inquiries, Stream(options.Seed, 5));
                inquirySurveys.InviteForInquiries(inquiries);
            });

        List<SurveyInvitation> invitations = [.. caseSurveys.Invitations, .. inquirySurveys.Invitations];
        List<SurveyResponse> responses = [.. caseSurveys.Responses, .. inquirySurveys.Responses];
        var finishing = Stream(options.Seed, 7);
        planter.PlantComments(responses, finishing);
        var quarantined = planter.Quarantine(finishing);

        var records = new ServiceRecords
        {
            Cases = cases,
            Inquiries = inquiries,
            Invitations = invitations,
            Responses = responses,
            Quarantined = quarantined,
        };
        return new SampleData(records, Summarise(windows, records, planter, caseSurveys.EventsWithoutEmail + inquirySurveys.EventsWithoutEmail), calendar.Calendar.Holidays);
    }

    private static SampleDataSummary Summarise(SampleWindows windows, ServiceRecords records, DirtyRecordPlanter planter, int eventsWithoutEmail)
    {
        var mainStart = windows.At(windows.MainYearStart.ToDateTime(TimeOnly.MinValue));
        return new SampleDataSummary
        {
            MainYearStart = windows.MainYearStart,
            End = windows.End,
            MainYearCases = records.Cases.Count(c => c.Received >= mainStart),
            MainYearInquiries = records.Inquiries.Count(q => q.Received >= mainStart),
            PreviousYearCases = records.Cases.Count(c => c.Received < mainStart),
            PreviousYearInquiries = records.Inquiries.Count(q => q.Received < mainStart),
            EventsWithoutEmail = eventsWithoutEmail,
            UnmappedChannelCases = planter.UnmappedChannelCases,
            UnmappedChannelInquiries = planter.UnmappedChannelInquiries,
            CasesMissingReceived = planter.CasesMissingReceived,
            CasesOutOfOrder = planter.CasesOutOfOrder,
            InquiriesAnsweredBeforeReceived = planter.InquiriesAnsweredBeforeReceived,
            PlantedComments = planter.PlantedComments,
            Quarantined = records.Quarantined.Count,
        };
    }

    // Seeds spaced by a large odd number keep the streams apart for neighbouring seeds too.
    private static Random Stream(int seed, int stream) => new(unchecked(seed + (stream * 1_000_003)));
}
