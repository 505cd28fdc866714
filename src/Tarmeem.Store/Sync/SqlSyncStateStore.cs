using System.Data.Common;
using Tarmeem.Store.Records;

namespace Tarmeem.Store.Sync;

/// <summary>
/// The sync state in the same <c>tarmeem.db</c> as the records (schema version 2), so that a page's records and its
/// resume link commit in one transaction. Built on an opened <see cref="SqlServiceRecordStore"/>, which has
/// already brought the schema up to date.
/// </summary>
public sealed class SqlSyncStateStore : ISyncStateStore, IAsyncDisposable
{
    private readonly StoreDialect dialect;

    public SqlSyncStateStore(SqlServiceRecordStore records)
    {
        ArgumentNullException.ThrowIfNull(records);
        dialect = records.Dialect;
    }

    public async Task<SyncCursor> GetCursorAsync(string source, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        await using var connection = await OpenAsync(cancellationToken);
        return await SyncRows.ReadCursorAsync(connection, null, source, cancellationToken);
    }

    public async Task<SyncCounts> ApplyListPageAsync(ListSyncPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var connection = await OpenAsync(cancellationToken);
        using var transaction = dialect.BeginWrite(connection);
        SyncCounts counts;
        using (var writer = new ListPageWriter(connection, transaction, page))
        {
            counts = await writer.ApplyAsync(cancellationToken);
        }

        await SyncRows.SaveCursorAsync(
            connection, transaction, page.Source, new SyncCursor(page.Link, page.Round, page.FullRound && !page.EndOfRound), page.SeenAt, cancellationToken);
        await CoverageRows.NoteStartAsync(connection, transaction, page.Source, page.Kind, page.SeenAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    public async Task<SyncCounts> ApplyMailPageAsync(MailSyncPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var connection = await OpenAsync(cancellationToken);
        using var transaction = dialect.BeginWrite(connection);
        var counts = await MailPageWriter.ApplyAsync(connection, transaction, page, cancellationToken);
        await CoverageRows.NoteStartAsync(connection, transaction, page.Source, SyncRecordKind.Inquiry, page.SeenAt, cancellationToken);
        await SyncRows.SaveCursorAsync(
            connection, transaction, page.Source, new SyncCursor(page.Link, page.Round, page.FullRound), page.SeenAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    /// <summary>Releases this store's pooled connections (the record store releases its own).</summary>
    public ValueTask DisposeAsync()
    {
        dialect.ClearPools();
        return ValueTask.CompletedTask;
    }

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
}
