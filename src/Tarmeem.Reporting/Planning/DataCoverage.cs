namespace Tarmeem.Reporting.Planning;

/// <summary>
/// The first local day each source's data covers (from its first record, or the start of its sync when that is
/// earlier); <see langword="null"/> when the store holds nothing of it. A comparison period that starts before its
/// source's first covered day is not compared against.
/// </summary>
public sealed record DataCoverage(DateOnly? CasesFrom, DateOnly? InquiriesFrom, DateOnly? SurveysFrom)
{
    /// <summary>Records that are known to be complete (in-memory bundles, tests): every period is covered.</summary>
    public static DataCoverage Complete { get; } = new(DateOnly.MinValue, DateOnly.MinValue, DateOnly.MinValue);

    public DateOnly? From(DataSource source) => source switch
    {
        DataSource.Cases => CasesFrom,
        DataSource.Inquiries => InquiriesFrom,
        DataSource.Surveys => SurveysFrom,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown data source."),
    };

    /// <summary>True when the source's data covers every day from <paramref name="start"/> on.</summary>
    public bool CoversFrom(DataSource source, DateOnly start) => From(source) is { } from && from <= start;
}
