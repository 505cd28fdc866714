using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;

namespace Tarmeem.Host.Sync;

/// <summary>Enum members as configuration names them.</summary>
public static class EnumMember
{
    /// <summary>A defined member by name only: "3" is no channel even though Enum.TryParse would take it.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (typeof(TEnum) == typeof(Branch))
        {
            // Branches are configuration: a code from Tarmeem:Branches (or a built-in name) in the catalog in use.
            var found = BranchCatalog.Current.TryParse(text, out var branch) && branch != Branch.Unspecified || string.Equals(text?.Trim(), nameof(Branch.Unspecified), StringComparison.OrdinalIgnoreCase);
            value = (TEnum)(object)branch;
            return found;
        }

        return !string.IsNullOrWhiteSpace(text)
            && !char.IsAsciiDigit(text.Trim()[0])
            && text.Trim()[0] != '-'
            && Enum.TryParse(text.Trim(), ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }
}
