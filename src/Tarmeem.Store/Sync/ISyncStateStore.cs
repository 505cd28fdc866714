namespace Tarmeem.Store.Sync;

/// <summary>
/// What a sync writes besides records: where each source resumes, and which record each source item became.
/// Every page is applied in one transaction together with its resume link, so the saved link is never ahead of
/// the data it covers: a crash before the commit repeats the page, a crash after it resumes from the next one.
/// </summary>
public interface ISyncStateStore
{
    /// <summary>Where <paramref name="source"/> resumes; <see cref="SyncCursor.None"/> before its first sync.</summary>
    Task<SyncCursor> GetCursorAsync(string source, CancellationToken cancellationToken);

    /// <summary>Applies one page of list changes in order (an item seen twice keeps its last state) and saves its link.</summary>
    Task<SyncCounts> ApplyListPageAsync(ListSyncPage page, CancellationToken cancellationToken);

    /// <summary>Applies one page of mailbox messages (timings only) and saves its link; the touched inquiries are recomputed.</summary>
    Task<SyncCounts> ApplyMailPageAsync(MailSyncPage page, CancellationToken cancellationToken);
}
