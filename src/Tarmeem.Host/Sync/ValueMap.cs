using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;

namespace Tarmeem.Host.Sync;

/// <summary>
/// Source text → enum member: the configured entries first (texts compared after trimming), then the member's own
/// name, and for channels the policy's Arabic labels.
/// </summary>
internal sealed class ValueMap<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> entries = new(StringComparer.Ordinal);

    public ValueMap(IDictionary<string, string> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        foreach (var (text, target) in configured)
        {
            if (EnumMember.TryParse<TEnum>(target, out var value))
            {
                entries[text.Trim()] = value;
            }
        }
    }

    public bool TryMap(string? text, out TEnum value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (entries.TryGetValue(trimmed, out value) || EnumMember.TryParse<TEnum>(trimmed, out value))
        {
            return true;
        }

        if (typeof(TEnum) == typeof(Channel) && ChannelCatalog.TryParse(trimmed, out var channel))
        {
            value = (TEnum)(object)channel;
            return true;
        }

        return false;
    }
}
