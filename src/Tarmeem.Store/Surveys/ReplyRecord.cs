using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Surveys;

/// <summary>An inbox message as judged: its answer, or a bounce to count, or neither (auto-reply, unmatched).</summary>
/// <param name="Outcome">A short word for the judgement (Answer, AutoReply, Bounce, Unmatched, NoRating), kept for status counts.</param>
public sealed record ReplyRecord(string MessageId, string? InvitationId, string Outcome, DateTimeOffset At, SurveyResponse? Response, bool Bounce);
