using Tarmeem.Store.Delivery;
using Tarmeem.Store.Jobs;
using Tarmeem.Store.Records;
using Tarmeem.Store.Review;
using Tarmeem.Store.Surveys;
using Tarmeem.Store.Sync;

namespace Tarmeem.Store;

/// <summary>
/// One opened store and every sub-store over the same database (their writes can share its transactions' tables,
/// such as an invitation and its outbox row). Sub-stores hold no connection until used; disposing the session lets
/// the survey answers still queued commit, then releases the pooled connections.
/// </summary>
public sealed class StoreSession : IAsyncDisposable
{
    private readonly Lazy<SqlSurveyStore> surveys;
    private readonly Lazy<SqlSyncStateStore> syncState;

    public StoreSession(SqlServiceRecordStore records)
    {
        ArgumentNullException.ThrowIfNull(records);
        Records = records;
        surveys = new Lazy<SqlSurveyStore>(() => new SqlSurveyStore(records));
        syncState = new Lazy<SqlSyncStateStore>(() => new SqlSyncStateStore(records));
        Deliveries = new SqlDeliveryLog(records);
        JobRuns = new SqlJobRunLog(records);
        Reviews = new SqlReviewLog(records);
        Contacts = new SqlContactRetention(records);
        ListItemIds = new SqlListItemIds(records);
    }

    public SqlServiceRecordStore Records { get; }

    public SqlSurveyStore Surveys => surveys.Value;

    public SqlSyncStateStore SyncState => syncState.Value;

    public SqlDeliveryLog Deliveries { get; }

    public SqlJobRunLog JobRuns { get; }

    public SqlReviewLog Reviews { get; }

    public IContactRetention Contacts { get; }

    public SqlListItemIds ListItemIds { get; }

    /// <summary>Where the data is (a file path, or host, database and schema), for messages.</summary>
    public string Location => Records.Location;

    public async ValueTask DisposeAsync()
    {
        if (surveys.IsValueCreated)
        {
            await surveys.Value.DisposeAsync().ConfigureAwait(false);
        }

        if (syncState.IsValueCreated)
        {
            await syncState.Value.DisposeAsync().ConfigureAwait(false);
        }

        await Records.DisposeAsync().ConfigureAwait(false);
    }
}
