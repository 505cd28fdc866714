using Tarmeem.Core.Time;

namespace Tarmeem.Reporting.Model;

/// <summary>
/// The headline figures of one period; computed alike for the period, the one before, and the same one a
/// year earlier so that they compare. A figure with no data behind it is <see langword="null"/>, never 0.
/// Shares are fractions (0.25 = 25 %).
/// </summary>
public sealed record PeriodFigures
{
    public required ReportPeriod Period { get; init; }

    public int CasesReceived { get; init; }

    public int InquiriesReceived { get; init; }

    /// <summary>Received → committee decision, for cases decided in the period.</summary>
    public required DurationStats Decision { get; init; }

    /// <summary>Received → registration completed, for cases registered in the period.</summary>
    public required DurationStats Registration { get; init; }

    /// <summary>Received → service delivered, for cases delivered in the period.</summary>
    public required DurationStats Delivery { get; init; }

    /// <summary>Inquiry received → first response, for inquiries received in the period.</summary>
    public required DurationStats FirstResponse { get; init; }

    /// <summary>Cases still open at the end of the period.</summary>
    public int OpenCasesAtEnd { get; init; }

    /// <summary>Open cases at the end of the period, undecided and older than the standard.</summary>
    public int OpenPastStandardAtEnd { get; init; }

    public int InvitationsSent { get; init; }

    public int Responses { get; init; }

    public double? ResponseRate { get; init; }

    /// <summary>Share of overall answers that are 4 or 5.</summary>
    public double? Csat { get; init; }

    public double? MeanOverall { get; init; }

    public double? ReferredShare { get; init; }

    public double? IncompleteShare { get; init; }

    public double? AcceptanceRate { get; init; }
}
