namespace Tarmeem.Store.Sql;

/// <summary>
/// Window reads step through their rows synchronously: the provider's async read only wraps the synchronous one, and
/// a task per row of a million-row read costs more than the row. Cancellation is checked every few thousand rows.
/// </summary>
internal static class BulkRead
{
    private const int CheckEvery = 8192;

    public static void CheckCancellation(int rowsRead, CancellationToken cancellationToken)
    {
        if (rowsRead % CheckEvery == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
