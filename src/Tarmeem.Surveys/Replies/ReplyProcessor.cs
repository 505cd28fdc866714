using Tarmeem.Core.Domain;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Outbox;
using Tarmeem.Surveys.Planning;

namespace Tarmeem.Surveys.Replies;

/// <summary>
/// Counts e-mail replies as answers. A message is matched to its invitation by the conversation our sent message
/// started, else by the reference printed in it — never by the sender's address. Automatic answers count for nothing;
/// bounces count against the address, and after <see cref="SurveyOptions.BounceLimit"/> no more mail goes to it.
/// </summary>
public sealed class ReplyProcessor(ISurveyStore store, ISurveyMailbox mailbox, SurveyOptions options, TimeProvider time)
{
    public async Task<ReplySummary> ProcessInboxAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var mails = await mailbox.ReadInboxAsync(since, cancellationToken);
        int answers = 0, already = 0, auto = 0, bounces = 0, noRating = 0, unmatched = 0, seen = 0, stopped = 0;
        foreach (var mail in mails.OrderBy(m => m.ReceivedAt))
        {
            var record = await JudgeAsync(mail, cancellationToken);
            var applied = await store.ApplyReplyAsync(record, cancellationToken);
            if (applied.AlreadySeen)
            {
                seen++;
                continue;
            }

            switch (record.Outcome)
            {
                case Outcomes.Answer when applied.ResponseRecorded:
                    answers++;
                    break;
                case Outcomes.Answer:
                    already++;
                    break;
                case Outcomes.AutoReply:
                    auto++;
                    break;
                case Outcomes.Bounce:
                    bounces++;
                    stopped += applied.Bounces == options.BounceLimit ? 1 : 0;
                    break;
                case Outcomes.NoRating:
                    noRating++;
                    break;
                default:
                    unmatched++;
                    break;
            }
        }

        return new ReplySummary(answers, already, auto, bounces, noRating, unmatched, seen, stopped);
    }

    /// <summary>Judges one message without changing anything.</summary>
    public async Task<ReplyRecord> JudgeAsync(InboundMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var now = time.GetUtcNow();
        var invitation = await MatchAsync(mail, cancellationToken);
        if (invitation is null)
        {
            return new ReplyRecord(mail.Id, null, Outcomes.Unmatched, now, null, Bounce: false);
        }

        switch (InboundClassifier.Classify(mail))
        {
            case InboundKind.Bounce:
                return new ReplyRecord(mail.Id, invitation, Outcomes.Bounce, now, null, Bounce: true);
            case InboundKind.AutoReply:
                return new ReplyRecord(mail.Id, invitation, Outcomes.AutoReply, now, null, Bounce: false);
        }

        if (ReplyRatingParser.Parse(mail.Body) is not { } rating)
        {
            return new ReplyRecord(mail.Id, invitation, Outcomes.NoRating, now, null, Bounce: false);
        }

        var response = new SurveyResponse
        {
            InvitationId = invitation,
            AnsweredAt = mail.ReceivedAt,
            Overall = rating,
            Source = ResponseSource.EmailReply,
        };
        return new ReplyRecord(mail.Id, invitation, Outcomes.Answer, now, response, Bounce: false);
    }

    private async Task<string?> MatchAsync(InboundMail mail, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(mail.ConversationId)
            && await store.FindInvitationByConversationAsync(mail.ConversationId, cancellationToken) is { } byThread)
        {
            return byThread;
        }

        var reference = SurveyIds.FindIn(mail.Subject) ?? SurveyIds.FindIn(mail.Body);
        return reference is not null && await store.InvitationExistsAsync(reference, cancellationToken) ? reference : null;
    }

    /// <summary>The words stored in <c>survey_replies.outcome</c>.</summary>
    public static class Outcomes
    {
        public const string Answer = "Answer";
        public const string AutoReply = "AutoReply";
        public const string Bounce = "Bounce";
        public const string NoRating = "NoRating";
        public const string Unmatched = "Unmatched";
    }
}
