using System.Globalization;

namespace Tarmeem.Core.Localization;

/// <summary>
/// A list of values that is configuration, not code: the association's branches (<c>Tarmeem:Branches</c>) and service
/// types (<c>Tarmeem:ServiceTypes</c>), each with a code, an Arabic label and an order. The enum's members are the
/// default; a value added in settings gets the next number after them and flows through sync, the store (by its code)
/// and every report without a code change. Member 0 is «غير محدد», always last in reports. The catalog in use comes
/// from <see cref="ValueCatalogs"/>.
/// </summary>
public sealed class ValueCatalog<TEnum>
    where TEnum : struct, Enum
{
    private static readonly string Prefix = typeof(TEnum).Name + "_";

    private readonly Dictionary<TEnum, (string Code, string Label)> entries;
    private readonly Dictionary<string, TEnum> byText = new(StringComparer.OrdinalIgnoreCase);

    private ValueCatalog(IReadOnlyList<(TEnum Value, string Code, string Label)> ordered)
    {
        Members = [.. ordered.Select(e => e.Value)];
        ForReports = [.. Members, default];
        entries = ordered.ToDictionary(e => e.Value, e => (e.Code, e.Label));
        entries[default] = (default(TEnum).ToString(), ArabicLabels.Get(Prefix + default(TEnum)));
        foreach (var (value, (code, label)) in entries)
        {
            byText.TryAdd(code, value);
            byText.TryAdd(label, value);
        }

        SlotCount = entries.Keys.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1;
    }

    /// <summary>The configured values in report order, without «غير محدد».</summary>
    public IReadOnlyList<TEnum> Members { get; }

    /// <summary>The values then «غير محدد»: every report's rows and columns of them.</summary>
    public IReadOnlyList<TEnum> ForReports { get; }

    /// <summary>One more than the largest value: the size of per-value tallies.</summary>
    public int SlotCount { get; }

    /// <summary>
    /// The catalog for <paramref name="definitions"/> (code, Arabic label) in report order; none means the enum's own
    /// members. A code naming one of the enum's members keeps its value (and its resx label when none is given).
    /// </summary>
    internal static ValueCatalog<TEnum> Create(IReadOnlyList<(string Code, string? Label)> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var builtIn = Enum.GetValues<TEnum>();
        IEnumerable<(string Code, string? Label)> source = definitions.Count > 0
            ? definitions
            : builtIn.Where(v => !v.Equals(default(TEnum))).Select(v => (v.ToString(), (string?)null));
        var next = builtIn.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1;
        var ordered = new List<(TEnum, string, string)>();
        foreach (var (code, label) in source)
        {
            var known = ValueCatalogs.IsBuiltIn<TEnum>(code, out var value);
            var member = known ? value : (TEnum)Enum.ToObject(typeof(TEnum), next++);
            ordered.Add((member, known ? value.ToString() : code, label ?? (known ? ArabicLabels.Get(Prefix + value) : code)));
        }

        return new ValueCatalog<TEnum>(ordered);
    }

    public string Label(TEnum value) => entries.TryGetValue(value, out var entry) ? entry.Label : entries[default].Label;

    /// <summary>How the store and settings name a value: the enum name for built-in members, the configured code for others.</summary>
    public string Code(TEnum value) =>
        entries.TryGetValue(value, out var entry) ? entry.Code : Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    public bool IsKnown(TEnum value) => entries.ContainsKey(value);

    /// <summary>A value by its code (any case) or its Arabic label.</summary>
    public bool TryParse(string? text, out TEnum value)
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) && byText.TryGetValue(text.Trim(), out value);
    }
}
