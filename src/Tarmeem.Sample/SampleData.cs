using Tarmeem.Core.Domain;

namespace Tarmeem.Sample;

/// <summary>The generated records with what was planted in them and the holidays they were generated against.</summary>
public sealed record SampleData(ServiceRecords Records, SampleDataSummary Summary, IReadOnlyList<DateOnly> Holidays);
