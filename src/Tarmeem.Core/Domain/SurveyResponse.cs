namespace Tarmeem.Core.Domain;

/// <summary>
/// An answer to an invitation, on the five-point scale (1 very dissatisfied … 5 very satisfied).
/// Only the overall question is required: one tap must be enough to answer.
/// </summary>
public sealed record SurveyResponse
{
    public required string InvitationId { get; init; }

    public required DateTimeOffset AnsweredAt { get; init; }

    public required int Overall { get; init; }

    public int? EaseOfProcedures { get; init; }

    public int? Courtesy { get; init; }

    public int? ClarityOfInformation { get; init; }

    public int? Speed { get; init; }

    /// <summary>Free text as the beneficiary wrote it; scrubbed of personal data before any report.</summary>
    public string? Comment { get; init; }

    public ResponseSource Source { get; init; } = ResponseSource.SurveyPage;
}
