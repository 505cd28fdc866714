using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Surveys;

/// <summary>
/// A decision to send, stored before anything is sent. <see cref="Invitation"/> is the new invitation for an
/// <see cref="OutboxKind.Initial"/> message and null for a reminder (its invitation exists).
/// </summary>
public sealed record PlannedMessage(
    string InvitationId,
    OutboxKind Kind,
    string ContactKey,
    DateTimeOffset DueAt,
    SurveyInvitation? Invitation)
{
    /// <summary>The outbox key, also the tag the message carries in the mailbox.</summary>
    public string MessageKey => KeyFor(InvitationId, Kind);

    public static string KeyFor(string invitationId, OutboxKind kind) => $"{invitationId}.{kind}";
}
