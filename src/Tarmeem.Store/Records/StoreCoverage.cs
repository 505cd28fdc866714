namespace Tarmeem.Store.Records;

/// <summary>
/// From when the store's data covers each kind of record: the earlier of its first record and the first time sync
/// read a source of that kind (surveys: the first invitation made); <see langword="null"/> when there is neither.
/// </summary>
public sealed record StoreCoverage(DateTimeOffset? CasesFrom, DateTimeOffset? InquiriesFrom, DateTimeOffset? SurveysFrom);
