using System.Collections.Concurrent;
using Tarmeem.Store.Records;

namespace Tarmeem.Store.PostgreSql;

/// <summary>
/// The PostgreSQL store: the live data in schema <see cref="PostgreSqlDataSources.LiveSchema"/>, the sample in
/// <see cref="PostgreSqlDataSources.SampleSchema"/>, both in the database named by <c>Tarmeem:Data:ConnectionString</c>.
/// Opening applies the pending migrations (several nodes may start together: <see cref="PostgreSqlMigrator"/>).
/// </summary>
public sealed class PostgreSqlStoreProvider : IStoreProvider
{
    // One migration check per schema and process: the pooled data source is made per open, the schema only moves once.
    private readonly ConcurrentDictionary<(string ConnectionString, string Schema), Lazy<Task>> migrated = new();

    public StoreProvider Provider => StoreProvider.PostgreSql;

    /// <summary>The schema that holds the store of <paramref name="area"/>.</summary>
    public static string Schema(StoreArea area) =>
        area == StoreArea.Sample ? PostgreSqlDataSources.SampleSchema : PostgreSqlDataSources.LiveSchema;

    /// <summary>A factory over the PostgreSQL store named by <paramref name="connectionString"/> (tests and tools).</summary>
    public static IStoreFactory Factory(string connectionString, string dataDirectory, TimeProvider time) =>
        new StoreFactory(
            [new PostgreSqlStoreProvider()], new StoreSettings(StoreProvider.PostgreSql, dataDirectory, connectionString), time);

    public async Task<SqlServiceRecordStore> OpenAsync(
        StoreSettings settings, StoreArea area, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        var dialect = new PostgreSqlDialect(PostgreSqlDataSources.Create(settings.ConnectionString, Schema(area)));
        try
        {
            var key = (settings.ConnectionString ?? "", dialect.Schema);
            var migration = migrated.GetOrAdd(key, _ => new Lazy<Task>(() => PostgreSqlMigrator.ApplyAsync(dialect.DataSource, time, CancellationToken.None)));
            try
            {
                await migration.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch when (!cancellationToken.IsCancellationRequested)
            {
                // A failed start (server down, newer schema) is tried again by the next open.
                migrated.TryRemove(new KeyValuePair<(string, string), Lazy<Task>>(key, migration));
                throw;
            }

            return new SqlServiceRecordStore(dialect);
        }
        catch
        {
            await dialect.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
