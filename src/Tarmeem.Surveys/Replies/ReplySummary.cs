namespace Tarmeem.Surveys.Replies;

/// <summary>What one pass over the inbox found.</summary>
public sealed record ReplySummary(int Answers, int AlreadyAnswered, int AutoReplies, int Bounces, int NoRating, int Unmatched, int SeenBefore, int AddressesStopped);
