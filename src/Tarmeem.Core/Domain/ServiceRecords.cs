namespace Tarmeem.Core.Domain;

/// <summary>
/// A bundle of plain records: what the sample generator produces, what a sync writes, and what the
/// metrics read. Reporting takes this and nothing else, which keeps it free of storage and network code.
/// </summary>
public sealed record ServiceRecords
{
    public static ServiceRecords Empty { get; } = new();

    public IReadOnlyList<SupportCase> Cases { get; init; } = [];

    public IReadOnlyList<Inquiry> Inquiries { get; init; } = [];

    public IReadOnlyList<SurveyInvitation> Invitations { get; init; } = [];

    public IReadOnlyList<SurveyResponse> Responses { get; init; } = [];

    public IReadOnlyList<QuarantinedRecord> Quarantined { get; init; } = [];
}
