using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Records;

/// <summary>
/// The store boundary: every stage reads or writes through it, never another stage's internals.
/// SQLite implements it now; a PostgreSQL store can implement it later without touching callers.
/// Upserts are keyed by the record's own id (case number, inquiry id, invitation id; a response by its invitation id,
/// a quarantined record by source and source id); the last write wins. Each call is one transaction: a batch with a
/// bad record (no key, an undefined enum value, a response to an unknown invitation) is refused whole, naming it.
/// Instants are kept to the millisecond and come back in UTC (the same instant, offset zero).
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
    /// their responses, and responses answered in the window (an older invitation's too); quarantined records
    /// seen in the window. "Open at its start" means not closed before it: a case closes on rejection or delivery,
    /// an inquiry on resolution. Each list is ordered by its key.
    /// </summary>
    Task<ServiceRecords> ReadAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken);

    /// <summary>
    /// What a quality report over the window needs, without what it never counts: the cases, inquiries and quarantined
    /// records of <see cref="ReadAsync"/>, and each invitation created in the window with its latest answer — that is,
    /// <see cref="ReportRecords.From"/> of <see cref="ReadAsync"/>'s records. A report reads about a million rows, so a
    /// store should not build whole invitations and responses to answer this.
    /// </summary>
    Task<ReportRecords> ReadForReportAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken);

    /// <summary>How many records of each kind the store holds (for summaries and checks).</summary>
    Task<StoreCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>From when the data covers each kind of record, so that a report compares only with periods wholly covered.</summary>
    Task<StoreCoverage> ReadCoverageAsync(CancellationToken cancellationToken);

    /// <summary>Removes every record (not the schema): used when loading the sample into a fresh store.</summary>
    Task ClearAsync(CancellationToken cancellationToken);
}
