using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;

namespace Tarmeem.Host.Sync;

/// <summary>Enum members as configuration names them.</summary>
internal static class EnumMember
{
    /// <summary>A defined member by name only: "3" is no channel even though Enum.TryParse would take it.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (typeof(TEnum) == typeof(Branch) || typeof(TEnum) == typeof(ServiceType))
        {
            // Branches and service types are configuration: a code from Tarmeem:Branches / Tarmeem:ServiceTypes (or a
            // built-in name) in the catalog in use; «غير محدد» by its name only.
            var catalog = ValueCatalogs.Current<TEnum>();
            return (catalog.TryParse(text, out value) && !value.Equals(default(TEnum)))
                || ValueCatalogs.IsBuiltIn<TEnum>(text ?? string.Empty, out value);
        }

        return !string.IsNullOrWhiteSpace(text)
            && !char.IsAsciiDigit(text.Trim()[0])
            && text.Trim()[0] != '-'
            && Enum.TryParse(text.Trim(), ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }
}
