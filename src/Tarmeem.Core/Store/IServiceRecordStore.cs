using Tarmeem.Core.Domain;

namespace Tarmeem.Core.Store;

/// <summary>
/// The store boundary: every stage reads or writes through it, never another stage's internals.
/// SQLite implements it now; a PostgreSQL store can implement it later without touching callers.
/// Upserts are keyed by the record's own id (case number, inquiry id, invitation id); the last write wins.
/// </summary>
public interface IServiceRecordStore
{
    Task UpsertCasesAsync(IReadOnlyCollection<SupportCase> cases, CancellationToken cancellationToken);

    Task UpsertInquiriesAsync(IReadOnlyCollection<Inquiry> inquiries, CancellationToken cancellationToken);

    Task UpsertInvitationsAsync(IReadOnlyCollection<SurveyInvitation> invitations, CancellationToken cancellationToken);

    Task UpsertResponsesAsync(IReadOnlyCollection<SurveyResponse> responses, CancellationToken cancellationToken);

    Task AddQuarantinedAsync(IReadOnlyCollection<QuarantinedRecord> records, CancellationToken cancellationToken);

    /// <summary>Writes a whole bundle in one transaction (the sample loader, tests).</summary>
    Task SaveAsync(ServiceRecords records, CancellationToken cancellationToken);

    /// <summary>
    /// Everything a report over [<paramref name="windowStart"/>, <paramref name="windowEnd"/>) needs: cases and inquiries
    /// received in the window, those received earlier but still open at its start, and those with no
    /// received time at all (they are data-quality findings); invitations created in the window and
    /// their responses; quarantined records seen in the window.
    /// </summary>
    Task<ServiceRecords> ReadAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken);

    /// <summary>How many records of each kind the store holds (for summaries and checks).</summary>
    Task<StoreCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>Removes every record (not the schema): used when loading the sample into a fresh store.</summary>
    Task ClearAsync(CancellationToken cancellationToken);
}
