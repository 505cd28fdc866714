
namespace Tarmeem.Sample.Tests;

public sealed class SampleDataGeneratorTests
{
    [Fact]
    public void Generate_SameOptionsTwice_GivesIdenticalRecords()
    {
        var options = new SampleDataOptions { LastMonth = SampleFixture.LastMonth, Scale = 0.3 };

        var first = SampleDataGenerator.Generate(options);
        var second = SampleDataGenerator.Generate(options);

        Assert.Equal(first.Cases, second.Cases);
        Assert.Equal(first.Inquiries, second.Inquiries);
        Assert.Equal(first.Invitations, second.Invitations);
        Assert.Equal(first.Responses, second.Responses);
        Assert.Equal(first.Quarantined, second.Quarantined);
    }

    [Fact]
    public void Generate_DefaultOptionsTwice_EqualsTheSharedSample()
    {
        var again = SampleDataGenerator.Generate(new SampleDataOptions { LastMonth = SampleFixture.LastMonth });

        Assert.Equal(SampleFixture.Records.Cases, again.Cases);
        Assert.Equal(SampleFixture.Records.Invitations, again.Invitations);
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentRecords()
    {
        var options = new SampleDataOptions { LastMonth = SampleFixture.LastMonth, Scale = 0.3 };

        var first = SampleDataGenerator.Generate(options);
        var other = SampleDataGenerator.Generate(options with { Seed = 7 });

        Assert.NotEqual(first.Cases, other.Cases);
        Assert.NotEqual(first.Inquiries, other.Inquiries);
        Assert.NotEqual(first.Invitations.Select(i => i.Id), other.Invitations.Select(i => i.Id));
    }

    [Fact]
    public void Generate_MainYear_HasAboutSixThousandCasesAndFifteenThousandInquiries()
    {
        var summary = SampleFixture.Data.Summary;

        Assert.InRange(summary.MainYearCases, 5_400, 6_600);
        Assert.InRange(summary.MainYearInquiries, 13_500, 16_500);
        Assert.Equal(summary.MainYearCases, SampleFixture.Records.Cases.Count(c => SampleFixture.InMainYear(c.Received)));
        Assert.Equal(new DateOnly(2025, 11, 1), summary.MainYearStart);
        Assert.Equal(SampleFixture.End, summary.End);
    }

    [Fact]
    public void Generate_PreviousYear_HasAboutEightyFivePercentOfTheVolume()
    {
        var summary = SampleFixture.Data.Summary;

        Assert.InRange((double)summary.PreviousYearCases / summary.MainYearCases, 0.80, 0.90);
        Assert.InRange((double)summary.PreviousYearInquiries / summary.MainYearInquiries, 0.80, 0.90);
        var earliest = SampleFixture.Records.Cases.Where(c => c.Received is not null).Min(c => c.Received!.Value);
        Assert.Equal(new DateOnly(2024, 11, 1), DateOnly.FromDateTime(SampleFixture.Local(earliest)));
    }

    [Fact]
    public void Generate_Scale17_GivesAboutSeventeenTimesAsManyRecordsWithUniqueIds()
    {
        var big = SampleDataGenerator.GenerateWithSummary(new SampleDataOptions { LastMonth = SampleFixture.LastMonth, Scale = 17 });

        Assert.InRange((double)big.Summary.MainYearCases / SampleFixture.Data.Summary.MainYearCases, 16, 18);
        Assert.InRange(big.Summary.MainYearCases, 95_000, 110_000);
        Assert.InRange(big.Summary.MainYearInquiries, 240_000, 270_000);
        Assert.Equal(big.Records.Cases.Count, big.Records.Cases.Select(c => c.CaseNumber).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(big.Records.Inquiries.Count, big.Records.Inquiries.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(big.Records.Invitations.Count, big.Records.Invitations.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());

        // Dirty records are a fixed handful, not scaled.
        Assert.Equal(SampleFixture.Data.Summary.UnmappedChannelCases, big.Summary.UnmappedChannelCases);
        Assert.Equal(SampleFixture.Data.Summary.PlantedComments, big.Summary.PlantedComments);
    }

    [Fact]
    public void GenerateWithSummary_TinyScale_StillGivesEveryKindAndTheFixedDirtyRecords()
    {
        var tiny = SampleDataGenerator.GenerateWithSummary(new SampleDataOptions { LastMonth = SampleFixture.LastMonth, Scale = 0.05 });

        Assert.InRange(tiny.Summary.MainYearCases, 200, 400);
        Assert.NotEmpty(tiny.Records.Responses);
        Assert.Equal(3, tiny.Summary.UnmappedChannelCases);
        Assert.Equal(1, tiny.Summary.CasesOutOfOrder);
        Assert.Equal(6, tiny.Summary.PlantedComments);
    }

    [Fact]
    public void Generate_EveryEvent_HappensBeforeTheEndOfTheLastMonthAtPlusThree()
    {
        var records = SampleFixture.Records;
        var instants = records.Cases
            .SelectMany(c => new[] { c.Received, c.DataVerified, c.ReferredToResearcher, c.Attested, c.SubmittedToCommittee, c.DecisionAt, c.RegistrationCompleted, c.ServiceDelivered })
            .Concat(records.Inquiries.SelectMany(q => new[] { q.Received, q.FirstResponse, q.Resolved }))
            .Concat(records.Invitations.SelectMany(i => new DateTimeOffset?[] { i.CreatedAt, i.SentAt, i.ReminderSentAt }))
            .Concat(records.Responses.Select(r => (DateTimeOffset?)r.AnsweredAt))
            .Concat(records.Quarantined.Select(q => (DateTimeOffset?)q.SeenAt))
            .OfType<DateTimeOffset>()
            .ToList();

        Assert.True(instants.Count > 100_000);
        Assert.All(instants, instant => Assert.True(instant < SampleFixture.End, $"{instant:O} is after the end of the last month."));
        Assert.All(instants, instant => Assert.Equal(SampleFixture.Riyadh, instant.Offset));
    }

    [Fact]
    public void GenerateWithSummary_Holidays_IncludeEidAlFitrAndNationalDay()
    {
        var holidays = SampleFixture.Data.Holidays;

        Assert.Contains(new DateOnly(2025, 3, 31), holidays);
        Assert.Contains(new DateOnly(2025, 9, 23), holidays);
        Assert.DoesNotContain(holidays, d => d.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday);
    }

    [Theory]
    [InlineData(15, 1.0)]
    [InlineData(1, 0.0)]
    [InlineData(1, double.NaN)]
    public void Generate_BadOptions_ThrowsNamingTheOption(int day, double scale)
    {
        var options = new SampleDataOptions { LastMonth = new DateOnly(2026, 10, day), Scale = scale };

        var error = Assert.ThrowsAny<ArgumentException>(() => SampleDataGenerator.Generate(options));

        Assert.Contains(day != 1 ? "LastMonth" : "Scale", error.Message, StringComparison.Ordinal);
    }
}
