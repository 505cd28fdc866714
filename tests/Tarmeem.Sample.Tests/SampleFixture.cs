using Tarmeem.Core.Domain;

namespace Tarmeem.Sample.Tests;

/// <summary>One generated sample shared by the sample tests: generating it takes a fraction of a second.</summary>
internal static class SampleFixture
{
    public static readonly DateOnly LastMonth = new(2026, 10, 1);
    public static readonly TimeSpan Riyadh = TimeSpan.FromHours(3);
    public static readonly DateTimeOffset MainYearStart = new(2025, 11, 1, 0, 0, 0, Riyadh);
    public static readonly DateTimeOffset LastMonthStart = new(2026, 10, 1, 0, 0, 0, Riyadh);
    public static readonly DateTimeOffset End = new(2026, 11, 1, 0, 0, 0, Riyadh);

    private static readonly Lazy<SampleData> Generated =
        new(() => SampleDataGenerator.GenerateWithSummary(new SampleDataOptions { LastMonth = LastMonth }));

    public static SampleData Data => Generated.Value;

    public static ServiceRecords Records => Data.Records;

    public static bool InMainYear(DateTimeOffset? instant) => instant >= MainYearStart && instant < End;

    public static DateTime Local(DateTimeOffset instant) => instant.ToOffset(Riyadh).DateTime;
}
