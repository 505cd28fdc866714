using Microsoft.Data.Sqlite;

namespace Tarmeem.Store;

/// <summary>
/// The sync state in the same <c>tarmeem.db</c> as the records (schema version 2), so that a page's records and its
/// resume link commit in one transaction. Built on an opened <see cref="SqliteServiceRecordStore"/>, which has
/// already brought the schema up to date.
/// </summary>
public sealed class SqliteSyncStateStore : ISyncStateStore, IAsyncDisposable
{
    private readonly string connectionString;

    public SqliteSyncStateStore(SqliteServiceRecordStore records)
    {
        ArgumentNullException.ThrowIfNull(records);
        connectionString = StoreConnection.ConnectionString(records);
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
        using var transaction = connection.BeginTransaction();
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
        using var transaction = connection.BeginTransaction();
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
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        StoreConnection.OpenAsync(connectionString, cancellationToken);
}
