namespace Tarmeem.Core.Domain;

/// <summary>
/// One survey invitation reduced to what the quality reports count: its channel, when it was sent, and the answer
/// kept for it. Invitations outnumber every other record, so a report holds these rather than whole invitations.
/// </summary>
public readonly record struct SurveyOutcome
{
    /// <summary>The invitation's channel (copied from its subject).</summary>
    public required Channel Channel { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The answer that counts, the latest when there were several; <see langword="null"/> while unanswered.</summary>
    public SurveyResponse? Answer { get; init; }

    /// <summary>The case number when the invitation is about a case and was answered (case rows show its score).</summary>
    public string? AnsweredCase { get; init; }
}
