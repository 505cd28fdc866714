namespace Tarmeem.Reporting.Charts;

/// <summary>
/// A font the resolver may pick: the files where it is usually installed (regular and bold, in the
/// same order), and its family name for system lookup when none of the files exists.
/// </summary>
public sealed record ChartFontCandidate(string FamilyName, IReadOnlyList<string> RegularFiles, IReadOnlyList<string> BoldFiles);
