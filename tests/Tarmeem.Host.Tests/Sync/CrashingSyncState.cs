using Tarmeem.Store.Sync;

namespace Tarmeem.Host.Tests.Sync;

/// <summary>
/// A sync state store that "crashes" on a chosen page: before its transaction (nothing of the page is kept) or after
/// its commit (the page and its link are kept, the process dies before going on).
/// </summary>
internal sealed class CrashingSyncState(ISyncStateStore inner, int crashOnPage, bool afterCommit) : ISyncStateStore
{
    private int pages;

    public Task<SyncCursor> GetCursorAsync(string source, CancellationToken cancellationToken) => inner.GetCursorAsync(source, cancellationToken);

    public async Task<SyncCounts> ApplyListPageAsync(ListSyncPage page, CancellationToken cancellationToken)
    {
        if (++pages == crashOnPage && !afterCommit)
        {
            throw new SimulatedCrashException();
        }

        var counts = await inner.ApplyListPageAsync(page, cancellationToken);
        return pages == crashOnPage ? throw new SimulatedCrashException() : counts;
    }

    public Task<SyncCounts> ApplyMailPageAsync(MailSyncPage page, CancellationToken cancellationToken) => inner.ApplyMailPageAsync(page, cancellationToken);
}

internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("simulated crash")
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
