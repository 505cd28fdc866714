using System.Globalization;
using Tarmeem.Core.Domain;

namespace Tarmeem.Core.Localization;

/// <summary>
/// The association's branches as configured (<c>Tarmeem:Branches</c>): code, Arabic label and order. The five
/// branches of <see cref="Branch"/> are the default; a branch added in settings gets the next value after them
/// (6, 7, …) and flows through sync, the store (by its code) and every report without a code change. The catalog in
/// use is per call flow (set with <see cref="Use"/> where a command or the service starts), so two hosts in one
/// process (tests) never see each other's branches.
/// </summary>
public sealed class BranchCatalog
{
    private static readonly AsyncLocal<BranchCatalog?> InUse = new();

    private readonly Dictionary<Branch, (string Code, string Label)> entries;
    private readonly Dictionary<string, Branch> byText = new(StringComparer.OrdinalIgnoreCase);

    private BranchCatalog(IReadOnlyList<(Branch Branch, string Code, string Label)> ordered)
    {
        Branches = [.. ordered.Select(e => e.Branch)];
        ForReports = [.. Branches, Branch.Unspecified];
        entries = ordered.ToDictionary(e => e.Branch, e => (e.Code, e.Label));
        entries[Branch.Unspecified] = (nameof(Branch.Unspecified), ArabicLabels.Get("Branch_Unspecified"));
        foreach (var (branch, (code, label)) in entries)
        {
            byText.TryAdd(code, branch);
            byText.TryAdd(label, branch);
        }

        SlotCount = entries.Keys.Max(b => (int)b) + 1;
    }

    /// <summary>Today's five branches in their usual order, labels from Labels.resx.</summary>
    public static BranchCatalog Default { get; } = Create([]);

    /// <summary>The catalog of this call flow; <see cref="Default"/> unless a host set another.</summary>
    public static BranchCatalog Current => InUse.Value ?? Default;

    /// <summary>The configured branches in report order, without «غير محدد».</summary>
    public IReadOnlyList<Branch> Branches { get; }

    /// <summary>The branches then «غير محدد»: every report's branch rows and columns.</summary>
    public IReadOnlyList<Branch> ForReports { get; }

    /// <summary>One more than the largest branch value: the size of per-branch tallies.</summary>
    public int SlotCount { get; }

    /// <summary>
    /// The catalog for <paramref name="definitions"/> (code, Arabic label) in report order; none means the default.
    /// A code naming one of the five known branches keeps its value (and its resx label when none is given).
    /// </summary>
    public static BranchCatalog Create(IReadOnlyList<(string Code, string? Label)> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        IEnumerable<(string Code, string? Label)> source = definitions.Count > 0
            ? definitions
            : Enum.GetValues<Branch>().Where(b => b != Branch.Unspecified).Select(b => (b.ToString(), (string?)null));
        var next = Enum.GetValues<Branch>().Max(b => (int)b) + 1;
        var ordered = new List<(Branch, string, string)>();
        foreach (var (code, label) in source)
        {
            var known = Enum.TryParse<Branch>(code, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(code[0]);
            var branch = known ? value : (Branch)next++;
            ordered.Add((branch, known ? value.ToString() : code, label ?? (known ? ArabicLabels.Get($"Branch_{value}") : code)));
        }

        return new BranchCatalog(ordered);
    }

    /// <summary>Makes <paramref name="catalog"/> the one this call flow (and what it starts) uses.</summary>
    public static void Use(BranchCatalog catalog) => InUse.Value = catalog;

    public string Label(Branch branch) => entries.TryGetValue(branch, out var entry) ? entry.Label : entries[Branch.Unspecified].Label;

    /// <summary>How the store and settings name a branch: the enum name for the five, the configured code for others.</summary>
    public string Code(Branch branch) =>
        entries.TryGetValue(branch, out var entry) ? entry.Code : ((int)branch).ToString(CultureInfo.InvariantCulture);

    public bool IsKnown(Branch branch) => entries.ContainsKey(branch);

    /// <summary>A branch by its code (any case) or its Arabic label.</summary>
    public bool TryParse(string? text, out Branch branch)
    {
        branch = Branch.Unspecified;
        return !string.IsNullOrWhiteSpace(text) && byText.TryGetValue(text.Trim(), out branch);
    }
}
