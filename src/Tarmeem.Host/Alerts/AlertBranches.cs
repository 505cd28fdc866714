using Tarmeem.Core.Domain;

namespace Tarmeem.Host.Alerts;

/// <summary>
/// The one place the alert learns which branches exist and who hears about each: the keys of
/// <c>Tarmeem:Alerts:Recipients</c>, read as <see cref="Branch"/> names.
/// </summary>
internal static class AlertBranches
{
    /// <summary>The branches with recipients, in the enum's order; a key naming no branch is left out (the validator refuses it).</summary>
    public static IReadOnlyList<(Branch Branch, IReadOnlyList<string> Recipients)> From(AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. options.Recipients
            .Select(p => (Branch: Parse(p.Key), Recipients: (IReadOnlyList<string>)[.. p.Value.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())]))
            .Where(p => p.Branch is not null && p.Recipients.Count > 0)
            .Select(p => (p.Branch!.Value, p.Recipients))
            .OrderBy(p => p.Item1)];
    }

    /// <summary>Every branch the alert can be about, configured or not (what a preview may show).</summary>
    public static IReadOnlyList<Branch> Known { get; } = [.. Enum.GetValues<Branch>().Where(b => b != Branch.Unspecified)];

    public static Branch? Parse(string name) =>
        Enum.TryParse<Branch>(name, ignoreCase: true, out var branch) && branch != Branch.Unspecified && Enum.IsDefined(branch) && !int.TryParse(name, out _)
            ? branch
            : null;
}
