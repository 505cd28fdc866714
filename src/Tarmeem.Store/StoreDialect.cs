using System.Data.Common;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store;

/// <summary>
/// What differs between the databases behind the one store implementation: opening and tuning connections,
/// transactions, the bulk row cursor and the errors the store tells apart. One instance stands for one database
/// (the live store or the sample's).
/// </summary>
public abstract class StoreDialect
{
    public abstract StoreProvider Provider { get; }

    /// <summary>Where the data is, for messages: a file path, or host, database and schema (never a password).</summary>
    public abstract string Location { get; }

    /// <summary>An open connection tuned for <paramref name="purpose"/>; the caller disposes it.</summary>
    public abstract Task<DbConnection> OpenAsync(ConnectionPurpose purpose, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a walk over a whole table must be asked for by hiding its columns from the indexes (SQLite's unary
    /// <c>+</c>, see <see cref="WindowPlan.Scan"/>). A planner that chooses from statistics is left to choose: on
    /// PostgreSQL the <c>+</c> hides the column from its statistics too, and it then planned half a million index
    /// lookups for a join it would otherwise hash.
    /// </summary>
    public virtual bool WalksOnlyWhenHinted => false;

    /// <summary>A transaction that may write; it waits for other writers where the provider makes writers wait.</summary>
    public virtual DbTransaction BeginWrite(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.BeginTransaction();
    }

    /// <summary>
    /// Makes the rest of <paramref name="transaction"/> wait for any other write transaction that took the same
    /// <paramref name="name"/>, for a check-then-insert that no unique key guards. Nothing to do where a write transaction
    /// already excludes all other writers (SQLite's).
    /// </summary>
    public virtual Task SerializeAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>A read transaction whose statements all see one snapshot.</summary>
    public abstract DbTransaction BeginSnapshot(DbConnection connection);

    /// <summary>A cursor over <paramref name="sql"/>, with <c>@start</c> and <c>@end</c> bound where it uses them.</summary>
    public abstract IRowCursor OpenCursor(
        DbConnection connection, DbTransaction transaction, string sql, DateTimeOffset windowStart, DateTimeOffset windowEnd);

    /// <summary>
    /// The report read's connections. By default one connection on one snapshot; a provider that can start a second
    /// reader on the same snapshot returns both, and the report reads in parallel.
    /// </summary>
    public virtual async Task<ReportConnections> OpenReportReadAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(ConnectionPurpose.Records, cancellationToken).ConfigureAwait(false);
        try
        {
            return new ReportConnections(new StoreRead(this, connection, BeginSnapshot(connection)), null);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Brings the planner's statistics of <paramref name="tables"/> up to date inside a bulk write's transaction, so
    /// that they commit with the rows. Nothing by default: SQLite's statements are written for its plans without
    /// statistics.
    /// </summary>
    public virtual Task RefreshStatisticsAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<string> tables, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>The statement broke a foreign key (a row referring to one that is not there).</summary>
    public abstract bool IsForeignKeyViolation(DbException exception);

    /// <summary>What the database said about a failed statement, with the row's key where it names one.</summary>
    public virtual string Describe(DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Message;
    }

    /// <summary>Closes the idle pooled connections to this database (tests delete SQLite folders afterwards).</summary>
    public abstract void ClearPools();
}
