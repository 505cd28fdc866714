using System.Data.Common;

namespace Tarmeem.Store.Sql;

/// <summary>A connection in a read transaction, and the dialect that opens cursors on it.</summary>
public sealed class StoreRead(StoreDialect dialect, DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    /// <summary>See <see cref="StoreDialect.WalksOnlyWhenHinted"/>.</summary>
    public bool WalksOnlyWhenHinted => dialect.WalksOnlyWhenHinted;

    /// <summary>A cursor over <paramref name="sql"/> on this read's snapshot.</summary>
    public IRowCursor Cursor(string sql, DateTimeOffset windowStart, DateTimeOffset windowEnd) =>
        dialect.OpenCursor(Connection, Transaction, sql, windowStart, windowEnd);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
