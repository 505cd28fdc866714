namespace Tarmeem.Store.Surveys;

/// <summary>What applying a judged reply changed.</summary>
/// <param name="Bounces">The contact's bounces so far, when the reply was a bounce; else 0.</param>
public sealed record ReplyApplied(bool AlreadySeen, bool ResponseRecorded, int Bounces);
