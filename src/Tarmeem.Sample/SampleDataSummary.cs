namespace Tarmeem.Sample;

/// <summary>Counts about a generated sample that the records alone do not show.</summary>
public sealed record SampleDataSummary
{
    /// <summary>First day of the twelve months that end with the last month.</summary>
    public required DateOnly MainYearStart { get; init; }

    /// <summary>The instant the last month ends: nothing generated happens at or after it.</summary>
    public required DateTimeOffset End { get; init; }

    public required int MainYearCases { get; init; }

    public required int MainYearInquiries { get; init; }

    public required int PreviousYearCases { get; init; }

    public required int PreviousYearInquiries { get; init; }

    /// <summary>Survey events (resolved inquiry, delivered or rejected case) with no invitation: no usable e-mail.</summary>
    public required int EventsWithoutEmail { get; init; }

    /// <summary>Cases and inquiries whose channel text maps to no channel.</summary>
    public required int UnmappedChannelCases { get; init; }

    public required int UnmappedChannelInquiries { get; init; }

    public required int CasesMissingReceived { get; init; }

    /// <summary>Cases whose decision is dated before their committee submission.</summary>
    public required int CasesOutOfOrder { get; init; }

    public required int InquiriesAnsweredBeforeReceived { get; init; }

    /// <summary>Comments carrying fictitious phones, e-mails, formulas or HTML, for the scrubbing tests.</summary>
    public required int PlantedComments { get; init; }

    public required int Quarantined { get; init; }
}
