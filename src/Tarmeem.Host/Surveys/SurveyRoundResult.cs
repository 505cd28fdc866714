using System.Globalization;
using Tarmeem.Surveys.Outbox;
using Tarmeem.Surveys.Replies;

namespace Tarmeem.Host.Surveys;

/// <summary>What one survey round did, in counts only: decided, sent, replies read.</summary>
internal sealed record SurveyRoundResult(int InvitationsDecided, int RemindersDecided, int OutboxRowsStored, SendSummary Sent, ReplySummary Replies)
{
    /// <summary>One line for <c>tarmeem status</c> and the run history.</summary>
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"Decided {InvitationsDecided} invitations and {RemindersDecided} reminders; sent {Sent.Sent} (found already sent {Sent.Recovered}, postponed {Sent.Postponed}, cancelled {Sent.Cancelled}); replies: {Replies.Answers} answers, {Replies.Bounces} bounces.{(Sent.StopReason is null ? "" : " Stopped: " + Sent.StopReason)}");
}
