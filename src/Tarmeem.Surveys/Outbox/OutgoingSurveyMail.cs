using Tarmeem.Surveys.Email;

namespace Tarmeem.Surveys.Outbox;

/// <summary>One survey message to create: its recipient, content and tags.</summary>
/// <param name="Tag">The outbox key; stored on the message so it can be found again.</param>
/// <param name="InvitationId">Sent as the <c>X-Tarmeem-Invitation</c> header.</param>
public sealed record OutgoingSurveyMail(string Recipient, SurveyEmail Content, string Tag, string InvitationId)
{
    public const string InvitationHeader = "X-Tarmeem-Invitation";
}
