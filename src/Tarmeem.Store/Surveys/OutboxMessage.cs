using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Surveys;

/// <summary>One outbox row due for sending, with what the sender must check first.</summary>
public sealed record OutboxMessage
{
    public required string MessageKey { get; init; }

    public required string InvitationId { get; init; }

    public required OutboxKind Kind { get; init; }

    public required string ContactKey { get; init; }

    public required OutboxState State { get; init; }

    public string? DraftId { get; init; }

    /// <summary>Sending attempts begun; above zero, the mailbox may already hold (or have sent) the message.</summary>
    public required int Attempts { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public required SurveySubjectKind SubjectKind { get; init; }

    /// <summary>Null once retention removed the contact, or when the source had none.</summary>
    public string? EmailAddress { get; init; }

    public required bool Answered { get; init; }

    public required bool OptedOut { get; init; }

    public required int Bounces { get; init; }
}
