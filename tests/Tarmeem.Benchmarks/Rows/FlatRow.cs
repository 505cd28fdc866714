namespace Tarmeem.Benchmarks.Rows;

/// <summary>
/// A <see cref="BenchRow"/> as the general-purpose writers take it: one property per column, in the row
/// sheet's order, labels already looked up and dates as <see cref="DateTime"/> (their date type).
/// </summary>
internal sealed class FlatRow
{
    public required string CaseNumber { get; init; }

    public required string Channel { get; init; }

    public string? RawChannel { get; init; }

    public required string Branch { get; init; }

    public required string ServiceType { get; init; }

    public DateTime? Received { get; init; }

    public string? ReceivedHijri { get; init; }

    public DateTime? DataVerified { get; init; }

    public DateTime? ReferredToResearcher { get; init; }

    public DateTime? Attested { get; init; }

    public DateTime? SubmittedToCommittee { get; init; }

    public DateTime? DecisionOn { get; init; }

    public required string Decision { get; init; }

    public double? DaysToDecision { get; init; }

    public int? BusinessDaysToDecision { get; init; }

    public string? DecidedWithinStandard { get; init; }

    public DateTime? RegistrationCompleted { get; init; }

    public DateTime? ServiceDelivered { get; init; }

    public double? DaysToDelivery { get; init; }

    public required string Incomplete { get; init; }

    public int? SurveyScore { get; init; }

    public static FlatRow From(BenchRow row) => new()
    {
        CaseNumber = row.CaseNumber,
        Channel = BenchLabels.Channels[row.Channel],
        RawChannel = row.RawChannel,
        Branch = BenchLabels.Branches[row.Branch],
        ServiceType = BenchLabels.ServiceTypes[row.ServiceType],
        Received = Day(row.Received),
        ReceivedHijri = row.Received is { } received ? BenchLabels.HijriText(received) : null,
        DataVerified = Day(row.DataVerified),
        ReferredToResearcher = Day(row.ReferredToResearcher),
        Attested = Day(row.Attested),
        SubmittedToCommittee = Day(row.SubmittedToCommittee),
        DecisionOn = Day(row.DecisionOn),
        Decision = BenchLabels.Decisions[row.Decision],
        DaysToDecision = row.DaysToDecision,
        BusinessDaysToDecision = row.BusinessDaysToDecision,
        DecidedWithinStandard = row.DecidedWithinStandard is { } within ? BenchLabels.YesNo(within) : null,
        RegistrationCompleted = Day(row.RegistrationCompleted),
        ServiceDelivered = Day(row.ServiceDelivered),
        DaysToDelivery = row.DaysToDelivery,
        Incomplete = BenchLabels.YesNo(row.IncompleteApplication),
        SurveyScore = row.SurveyScore,
    };

    private static DateTime? Day(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);
}
