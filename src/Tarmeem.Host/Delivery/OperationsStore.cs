using Tarmeem.Store;
using Tarmeem.Store.Sqlite;

namespace Tarmeem.Host.Delivery;

/// <summary>
/// The operational tables of <c>tarmeem.db</c> opened together: the delivery log, the job run history and the contact
/// retention. Opening applies any pending migration, as every store open does.
/// </summary>
public sealed class OperationsStore : IAsyncDisposable
{
    private readonly SqlServiceRecordStore records;

    private OperationsStore(SqlServiceRecordStore records)
    {
        this.records = records;
        Deliveries = new SqlDeliveryLog(records);
        JobRuns = new SqlJobRunLog(records);
        Reviews = new SqlReviewLog(records);
        Contacts = new SqlContactRetention(records);
    }

    public SqlDeliveryLog Deliveries { get; }

    public SqlJobRunLog JobRuns { get; }

    public SqlReviewLog Reviews { get; }

    public IContactRetention Contacts { get; }

    public static async Task<OperationsStore> OpenAsync(string dataDirectory, TimeProvider time, CancellationToken cancellationToken) =>
        new(await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = dataDirectory }, time, cancellationToken));

    public ValueTask DisposeAsync() => records.DisposeAsync();
}
