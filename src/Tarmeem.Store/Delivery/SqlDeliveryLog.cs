using System.Data.Common;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Delivery;

/// <summary>
/// The delivery log in the same <c>tarmeem.db</c>: which report of which period is intended or went out, and when.
/// A delivery is written as intended, with its mail tag, before any Graph call, counted at each send begun, and
/// completed once the mail is known to have gone out. Built on an opened <see cref="SqlServiceRecordStore"/>,
/// which has already brought the schema up to date.
/// </summary>
public sealed class SqlDeliveryLog(SqlServiceRecordStore records)
{
    private const string Columns =
        "kind, period, state, mail_tag, intended_at, attempts, delivered_at, deliveries, recipients, files, source_files, library_folder";

    private const string SelectSql = $"SELECT {Columns} FROM report_deliveries";

    private readonly StoreDialect dialect = records.Dialect;

    public async Task<ReportDelivery?> FindAsync(string kind, string period, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(period);
        var found = await QueryAsync(
            $"{SelectSql} WHERE kind = @kind AND period = @period;",
            c =>
            {
                c.AddParameter("@kind", kind);
                c.AddParameter("@period", period);
            },
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The most recent finished deliveries first.</summary>
    public Task<IReadOnlyList<ReportDelivery>> RecentAsync(int count, CancellationToken cancellationToken) =>
        QueryAsync(
            $"{SelectSql} WHERE delivered_at IS NOT NULL ORDER BY delivered_at DESC LIMIT @count;",
            c => c.AddParameter("@count", count),
            cancellationToken);

    /// <summary>Deliveries begun and not known to have finished, oldest first: what a start-up pass finishes.</summary>
    public Task<IReadOnlyList<ReportDelivery>> UnfinishedAsync(CancellationToken cancellationToken) =>
        QueryAsync(
            $"{SelectSql} WHERE state = '{nameof(DeliveryState.Intended)}' ORDER BY intended_at;",
            _ => { },
            cancellationToken);

    /// <summary>
    /// Writes the intention to deliver, before anything is sent. A new (kind, period) starts its first delivery; an
    /// unfinished one keeps its tag and attempts (it is the same delivery, resumed) and takes the new files; a
    /// finished one starts a new delivery under a new tag only when <paramref name="again"/> (a forced re-delivery),
    /// else it is returned unchanged.
    /// </summary>
    public async Task<ReportDelivery> IntendAsync(
        string kind, string period, DateTimeOffset at, int recipients, IReadOnlyList<string> sourceFiles, bool again, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(period);
        ArgumentNullException.ThrowIfNull(sourceFiles);
        var found = await QueryAsync(
            $"""
            INSERT INTO report_deliveries AS d ({Columns})
            VALUES (@kind, @period, 'Intended', @first_tag, @at, 0, NULL, 0, @recipients, '', @source_files, NULL)
            ON CONFLICT (kind, period) DO UPDATE SET
                mail_tag = CASE WHEN d.state = 'Delivered' THEN @tag_prefix || (d.deliveries + 1) ELSE d.mail_tag END,
                attempts = CASE WHEN d.state = 'Delivered' THEN 0 ELSE d.attempts END,
                intended_at = CASE WHEN d.state = 'Delivered' THEN excluded.intended_at ELSE d.intended_at END,
                state = 'Intended',
                recipients = excluded.recipients,
                source_files = excluded.source_files
            WHERE d.state = 'Intended' OR @again
            RETURNING {Columns};
            """,
            c =>
            {
                c.AddParameter("@kind", kind);
                c.AddParameter("@period", period);
                c.AddParameter("@first_tag", ReportDelivery.TagFor(kind, period, 1));
                c.AddParameter("@tag_prefix", ReportDelivery.TagFor(kind, period, 0)[..^1]);
                c.AddParameter("@at", Instants.ToDb(at));
                c.AddParameter("@recipients", recipients);
                c.AddParameter("@source_files", string.Join('\n', sourceFiles));
                c.AddParameter("@again", again);
            },
            cancellationToken);
        return found.Count > 0 ? found[0] : (await FindAsync(kind, period, cancellationToken))!;
    }

    /// <summary>Counts a send about to begin under the current tag, before the Graph call: a crash after it leaves a row that is looked up first.</summary>
    public async Task<ReportDelivery> BeginAttemptAsync(string kind, string period, CancellationToken cancellationToken)
    {
        var found = await QueryAsync(
            $"UPDATE report_deliveries SET attempts = attempts + 1 WHERE kind = @kind AND period = @period AND state = 'Intended' RETURNING {Columns};",
            c =>
            {
                c.AddParameter("@kind", kind);
                c.AddParameter("@period", period);
            },
            cancellationToken);
        return found.Count > 0 ? found[0] : throw new InvalidOperationException($"No unfinished delivery of {kind} {period} to count an attempt for.");
    }

    /// <summary>Marks the intended delivery done; a second call for the same delivery changes nothing.</summary>
    public async Task<ReportDelivery> CompleteAsync(
        string kind, string period, DateTimeOffset deliveredAt, IReadOnlyList<string> files, string? libraryFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var found = await QueryAsync(
            $"""
            UPDATE report_deliveries SET
                state = 'Delivered',
                delivered_at = @delivered_at,
                deliveries = deliveries + 1,
                files = @files,
                library_folder = @library_folder
            WHERE kind = @kind AND period = @period AND state = 'Intended'
            RETURNING {Columns};
            """,
            c =>
            {
                c.AddParameter("@kind", kind);
                c.AddParameter("@period", period);
                c.AddParameter("@delivered_at", Instants.ToDb(deliveredAt));
                c.AddParameter("@files", string.Join('\n', files));
                c.AddParameter("@library_folder", (object?)libraryFolder ?? DBNull.Value);
            },
            cancellationToken);
        return found.Count > 0 ? found[0] : (await FindAsync(kind, period, cancellationToken))!;
    }

    private async Task<IReadOnlyList<ReportDelivery>> QueryAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<ReportDelivery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(Read(reader));
        }

        return found;
    }

    private static ReportDelivery Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Enum.Parse<DeliveryState>(reader.GetString(2)),
        reader.GetString(3),
        Instants.Read(reader, 4),
        reader.GetCount(5),
        Instants.ReadNullable(reader, 6),
        reader.GetCount(7),
        reader.GetCount(8),
        Lines(reader.GetString(9)),
        Lines(reader.GetString(10)),
        reader.IsDBNull(11) ? null : reader.GetString(11));

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
