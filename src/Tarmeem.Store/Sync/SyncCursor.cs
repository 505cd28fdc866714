namespace Tarmeem.Store.Sync;

/// <summary>Where a source resumes.</summary>
/// <param name="Link">The next link of an unfinished round or the delta link of a finished one; null: start a full round.</param>
/// <param name="Round">The number of the source's latest round (0 before the first).</param>
/// <param name="FullRound">True while that round pages through everything (a first sync or a resync).</param>
public sealed record SyncCursor(string? Link, long Round, bool FullRound)
{
    public static SyncCursor None { get; } = new(null, 0, false);
}
