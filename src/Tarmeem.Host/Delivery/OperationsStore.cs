using Tarmeem.Store;

namespace Tarmeem.Host.Delivery;

/// <summary>
/// The operational tables of <c>tarmeem.db</c> opened together: the delivery log, the job run history and the contact
/// retention. Opening applies any pending migration, as every store open does.
/// </summary>
public sealed class OperationsStore : IAsyncDisposable
{
    private readonly SqliteServiceRecordStore records;

    private OperationsStore(SqliteServiceRecordStore records)
    {
        this.records = records;
        Deliveries = new SqliteDeliveryLog(records);
        JobRuns = new SqliteJobRunLog(records);
        Reviews = new SqliteReviewLog(records);
        Contacts = new SqliteContactRetention(records);
    }

    public SqliteDeliveryLog Deliveries { get; }

    public SqliteJobRunLog JobRuns { get; }

    public SqliteReviewLog Reviews { get; }

    public IContactRetention Contacts { get; }

    public static async Task<OperationsStore> OpenAsync(string dataDirectory, TimeProvider time, CancellationToken cancellationToken) =>
        new(await SqliteServiceRecordStore.OpenAsync(new StoreOptions { DataDirectory = dataDirectory }, time, cancellationToken));

    public ValueTask DisposeAsync() => records.DisposeAsync();
}
