using Tarmeem.Store;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Configuration;

namespace Tarmeem.Host.Scheduling.Cluster;

/// <summary>
/// Where Quartz keeps the schedule: its own SQLite file beside the store, one node, as before; or, with the PostgreSQL
/// provider, the shared database (schema <see cref="QuartzSchema.Name"/>), clustered, this process being node
/// <see cref="NodeId"/>. <c>serve</c> builds the scheduler from it and <c>status</c> reads the same place.
/// </summary>
internal sealed record SchedulerStore(StoreProvider Provider, string SqlitePath, string? ConnectionString, string NodeId)
{
    public bool Clustered => Provider == StoreProvider.PostgreSql;

    public static SchedulerStore From(DataOptions data, ScheduleOptions schedule)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(schedule);
        if (data.Provider == StoreProvider.PostgreSql && string.IsNullOrWhiteSpace(data.ConnectionString))
        {
            throw new OptionsValidationException(nameof(DataOptions), typeof(DataOptions), [
                $"{TarmeemOptions.Section}:Data:ConnectionString is empty while {TarmeemOptions.Section}:Data:Provider is PostgreSql: give the database, e.g. \"Host=db1;Database=tarmeem;Username=tarmeem\" (the password in PGPASSWORD or a pgpass file)."]);
        }

        return new SchedulerStore(data.Provider, SchedulingRegistration.QuartzDatabasePath(data.Directory, schedule), data.ConnectionString, NodeIdentity.Resolve(schedule));
    }
}
