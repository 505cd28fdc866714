using Tarmeem.Core.Domain;

namespace Tarmeem.Sample;

/// <summary>
/// Scores skewed positive, the detail questions close to the overall one and sometimes skipped, and
/// a comment on about one answer in five whose tone follows the score.
/// </summary>
internal sealed class ScoreDrawer(Random random)
{
    private const double EmailReplyShare = 0.08;
    private const double OverallOnlyShare = 0.20;
    private const double SkipShare = 0.06;

    private static readonly WeightedChoice<int> Favourable = new((5, 48), (4, 31), (3, 11), (2, 6), (1, 4));

    // Rejected applicants rate the association lower: the decision colours the whole experience.
    private static readonly WeightedChoice<int> Unfavourable = new((5, 22), (4, 24), (3, 18), (2, 19), (1, 17));

    private static readonly WeightedChoice<int> DetailOffset = new((-2, 3), (-1, 14), (0, 64), (1, 16), (2, 3));

    private static readonly WeightedChoice<CommentKind> HappyComments = new((CommentKind.Praise, 80), (CommentKind.Suggestion, 20));
    private static readonly WeightedChoice<CommentKind> MixedComments = new(
        (CommentKind.Waiting, 35), (CommentKind.Clarity, 35), (CommentKind.Suggestion, 30));

    private static readonly WeightedChoice<CommentKind> UnhappyComments = new(
        (CommentKind.Waiting, 55), (CommentKind.Clarity, 35), (CommentKind.Suggestion, 10));

    public SurveyResponse Draw(string invitationId, DateTimeOffset answeredAt, bool unfavourable)
    {
        var overall = (unfavourable ? Unfavourable : Favourable).Pick(random);
        var byEmail = random.Chance(EmailReplyShare);

        // A reply by e-mail carries one number; the page lets people stop after the first tap.
        var detailed = !byEmail && !random.Chance(OverallOnlyShare);
        var comment = random.Chance(byEmail ? 0.35 : 0.19) ? Comment(overall) : null;
        return new SurveyResponse
        {
            InvitationId = invitationId,
            AnsweredAt = answeredAt,
            Overall = overall,
            EaseOfProcedures = detailed ? Detail(overall) : null,
            Courtesy = detailed ? Detail(overall) : null,
            ClarityOfInformation = detailed ? Detail(overall) : null,
            Speed = detailed ? Detail(overall) : null,
            Comment = comment,
            Source = byEmail ? ResponseSource.EmailReply : ResponseSource.SurveyPage,
        };
    }

    private int? Detail(int overall) =>
        random.Chance(SkipShare) ? null : Math.Clamp(overall + DetailOffset.Pick(random), 1, 5);

    private string Comment(int overall)
    {
        var kinds = overall >= 4 ? HappyComments : overall == 3 ? MixedComments : UnhappyComments;
        return SampleTexts.Default.Pick(kinds.Pick(random), random);
    }
}
