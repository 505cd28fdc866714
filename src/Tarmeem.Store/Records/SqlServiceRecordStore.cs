using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Records;

/// <summary>
/// The store over one database: each call opens a pooled connection of its own, so one instance may be shared across
/// threads; each write is one transaction, so a failed batch leaves nothing half-written. Opened by a provider
/// (<see cref="IStoreProvider"/>), which has brought the schema up to date.
/// </summary>
public sealed class SqlServiceRecordStore(StoreDialect dialect) : IServiceRecordStore, IAsyncDisposable
{
    /// <summary>A save this large (the sample, an import) changes the tables' statistics at once.</summary>
    private const int BulkRows = 10_000;

    private static readonly string[] SavedTables = ["cases", "inquiries", "survey_invitations", "survey_responses", "quarantined_records"];

    private bool disposed;

    /// <summary>The database's dialect, which the other stores on this database share.</summary>
    public StoreDialect Dialect { get; } = dialect ?? throw new ArgumentNullException(nameof(dialect));

    /// <summary>Where the data is (a file path, or host, database and schema), for messages.</summary>
    public string Location => Dialect.Location;

    public Task UpsertCasesAsync(IReadOnlyCollection<SupportCase> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return WriteAsync((connection, transaction) => CaseRows.UpsertAsync(connection, transaction, cases, cancellationToken), cancellationToken);
    }

    public Task UpsertInquiriesAsync(IReadOnlyCollection<Inquiry> inquiries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiries);
        return WriteAsync((connection, transaction) => InquiryRows.UpsertAsync(connection, transaction, inquiries, cancellationToken), cancellationToken);
    }

    public Task UpsertInvitationsAsync(IReadOnlyCollection<SurveyInvitation> invitations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        return WriteAsync((connection, transaction) => InvitationRows.UpsertAsync(connection, transaction, invitations, cancellationToken), cancellationToken);
    }

    public Task UpsertResponsesAsync(IReadOnlyCollection<SurveyResponse> responses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responses);
        return WriteAsync((connection, transaction) => ResponseRows.UpsertAsync(Dialect, connection, transaction, responses, cancellationToken), cancellationToken);
    }

    public Task AddQuarantinedAsync(IReadOnlyCollection<QuarantinedRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return WriteAsync((connection, transaction) => QuarantineRows.UpsertAsync(connection, transaction, records, cancellationToken), cancellationToken);
    }

    public Task SaveAsync(ServiceRecords records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return WriteAsync(
            async (connection, transaction) =>
            {
                await CaseRows.UpsertAsync(connection, transaction, records.Cases, cancellationToken);
                await InquiryRows.UpsertAsync(connection, transaction, records.Inquiries, cancellationToken);
                // Invitations before responses: a response's invitation must already be there.
                await InvitationRows.UpsertAsync(connection, transaction, records.Invitations, cancellationToken);
                await ResponseRows.UpsertAsync(Dialect, connection, transaction, records.Responses, cancellationToken);
                await QuarantineRows.UpsertAsync(connection, transaction, records.Quarantined, cancellationToken);
                if (records.Cases.Count + records.Inquiries.Count + records.Invitations.Count + records.Responses.Count >= BulkRows)
                {
                    await Dialect.RefreshStatisticsAsync(connection, transaction, SavedTables, cancellationToken);
                }
            },
            cancellationToken);
    }

    public async Task<ServiceRecords> ReadAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        CheckWindow(windowStart, windowEnd);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        // One read transaction: all five queries see the same snapshot even while a sync commits (the window reads run
        // on the transaction's connection).
        await using var read = new StoreRead(Dialect, connection, Dialect.BeginSnapshot(connection));
        return new ServiceRecords
        {
            Cases = CaseRows.ReadWindow(read, windowStart, windowEnd, WindowPlan.Index, cancellationToken),
            Inquiries = InquiryRows.ReadWindow(read, windowStart, windowEnd, WindowPlan.Index, cancellationToken),
            Invitations = InvitationRows.ReadWindow(read, windowStart, windowEnd, cancellationToken),
            Responses = ResponseRows.ReadWindow(read, windowStart, windowEnd, cancellationToken),
            Quarantined = QuarantineRows.ReadHeldAt(read, windowStart, windowEnd, cancellationToken),
        };
    }

    public Task<ReportRecords> ReadForReportAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        CheckWindow(windowStart, windowEnd);
        ObjectDisposedException.ThrowIf(disposed, this);
        return ReportReader.ReadAsync(Dialect, windowStart, windowEnd, cancellationToken);
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM inquiries), (SELECT count(*) FROM survey_invitations),
                   (SELECT count(*) FROM survey_responses), (SELECT count(*) FROM quarantined_records WHERE released_at IS NULL);
            """;
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreCounts(reader.GetCount(0), reader.GetCount(1), reader.GetCount(2), reader.GetCount(3), reader.GetCount(4));
    }

    public async Task<StoreCoverage> ReadCoverageAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await CoverageRows.ReadAsync(connection, cancellationToken);
    }

    public Task ClearAsync(CancellationToken cancellationToken) =>
        WriteAsync(
            async (connection, transaction) =>
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                // Responses first: they reference invitations.
                command.CommandText = """
                    DELETE FROM survey_responses; DELETE FROM survey_invitations; DELETE FROM cases;
                    DELETE FROM inquiries; DELETE FROM quarantined_records; DELETE FROM sync_coverage;
                    """;
                await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    /// <summary>Releases the pooled connections, and with them the file (tests delete their folders afterwards).</summary>
    public ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            Dialect.ClearPools();
        }

        return ValueTask.CompletedTask;
    }

    private static void CheckWindow(DateTimeOffset windowStart, DateTimeOffset windowEnd)
    {
        if (windowEnd < windowStart)
        {
            throw new ArgumentException(
                $"The read window ends ({windowEnd:O}) before it starts ({windowStart:O}): pass the start first.",
                nameof(windowEnd));
        }
    }

    private async Task WriteAsync(Func<DbConnection, DbTransaction, Task> write, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        using var transaction = Dialect.BeginWrite(connection);
        await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Dialect.OpenAsync(ConnectionPurpose.Records, cancellationToken);
    }
}
