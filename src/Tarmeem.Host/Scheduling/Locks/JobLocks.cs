using Tarmeem.Store;
using Tarmeem.Store.PostgreSql;
using Tarmeem.Store.Sqlite;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Configuration;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Host.Scheduling.Locks;

/// <summary>
/// The locks' names (stored: PostgreSQL derives the advisory key from them, SQLite the file name) and the one
/// sentence that says a lock is held. One name per kind of work, shared by the hand command and its jobs.
/// </summary>
internal static class JobLocks
{
    /// <summary><c>tarmeem sync</c> and the sync job.</summary>
    public const string Sync = "sync";

    /// <summary><c>tarmeem survey send</c> and the survey dispatch job.</summary>
    public const string SurveySend = "survey-send";

    /// <summary><c>tarmeem report --deliver</c>, the report jobs, the review reminders and the start-up pass that finishes deliveries.</summary>
    public const string ReportDelivery = "report-delivery";

    /// <summary>An approval of a report under review (the page on any node, <c>tarmeem report approve</c>, the start-up pass).</summary>
    public const string ReviewApproval = "review-approval";

    /// <summary>The PostgreSQL advisory lock on PostgreSQL, a lock file in the data folder on SQLite.</summary>
    public static IServiceCollection AddJobLocks(this IServiceCollection services)
    {
        services.AddSingleton<NodeIdentity>();
        services.AddSingleton<IJobLock>(sp =>
        {
            var data = sp.GetRequiredService<IOptions<TarmeemOptions>>().Value.Data;
            var node = sp.GetRequiredService<NodeIdentity>().Id;
            return data.Provider == StoreProvider.PostgreSql
                ? new PostgreSqlJobLock(data.ConnectionString ?? string.Empty, node)
                : new FileJobLock(Path.Combine(data.Directory, "locks"), node, sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }

    /// <summary>E.g. "a sync is running on node web-2-812 since 2026-12-03 10:15:02 UTC".</summary>
    public static string Describe(string name, JobLockHolder? holder)
    {
        var what = name switch
        {
            Sync => "a sync",
            SurveySend => "a survey send",
            ReportDelivery => "a report delivery",
            ReviewApproval => "an approval of a report under review",
            _ => $"'{name}'",
        };
        return holder is null
            ? $"{what} is running elsewhere"
            : string.Create(CultureInfo.InvariantCulture, $"{what} is running on node {holder.Node} since {holder.Since.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
    }

    /// <summary>For a hand run: the lock, or <see cref="JobLockBusyException"/> saying who holds it.</summary>
    public static async Task<IAsyncDisposable> AcquireForHandRunAsync(this IJobLock locks, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(locks);
        return await locks.TryAcquireAsync(name, cancellationToken)
            ?? throw new JobLockBusyException(Describe(name, await locks.HolderAsync(name, cancellationToken)) + "; try again later.");
    }
}
