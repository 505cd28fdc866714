namespace Tarmeem.Core.Domain;

/// <summary>
/// One survey invitation. Channel and branch are copied from its subject so that response rates can be
/// reported without joining back to anything personal.
/// </summary>
public sealed record SurveyInvitation
{
    public required string Id { get; init; }

    public required SurveySubjectKind SubjectKind { get; init; }

    public required string SubjectId { get; init; }

    public required Channel Channel { get; init; }

    public required Branch Branch { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public DateTimeOffset? ReminderSentAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public InvitationStatus Status { get; init; }
}
