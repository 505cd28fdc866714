namespace Tarmeem.Core.Localization;

/// <summary>
/// The <see cref="ValueCatalog{TEnum}"/> in use, per call flow (set with <see cref="Use{TEnum}"/> where a command or
/// the service starts), so two hosts in one process (tests) never see each other's branches or service types.
/// </summary>
public static class ValueCatalogs
{
    /// <summary>The catalog of this call flow; the enum's own members unless a host set another.</summary>
    public static ValueCatalog<TEnum> Current<TEnum>()
        where TEnum : struct, Enum => Holder<TEnum>.InUse.Value ?? Holder<TEnum>.Default;

    /// <summary>The enum's members in their declared order, labels from Labels.resx.</summary>
    public static ValueCatalog<TEnum> Default<TEnum>()
        where TEnum : struct, Enum => Holder<TEnum>.Default;

    /// <inheritdoc cref="ValueCatalog{TEnum}.Create"/>
    public static ValueCatalog<TEnum> Create<TEnum>(IReadOnlyList<(string Code, string? Label)> definitions)
        where TEnum : struct, Enum => ValueCatalog<TEnum>.Create(definitions);

    /// <summary>Makes <paramref name="catalog"/> the one this call flow (and what it starts) uses.</summary>
    public static void Use<TEnum>(ValueCatalog<TEnum> catalog)
        where TEnum : struct, Enum => Holder<TEnum>.InUse.Value = catalog;

    /// <summary>Whether <paramref name="code"/> names one of the enum's own members (by name, not a number).</summary>
    public static bool IsBuiltIn<TEnum>(string? code, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        var trimmed = code?.Trim() ?? string.Empty;
        return trimmed.Length > 0 && !char.IsAsciiDigit(trimmed[0]) && trimmed[0] != '-'
            && Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    private static class Holder<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly AsyncLocal<ValueCatalog<TEnum>?> InUse = new();

        public static readonly ValueCatalog<TEnum> Default = ValueCatalog<TEnum>.Create([]);
    }
}
