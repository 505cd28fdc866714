using System.Globalization;
using System.Text;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Distinct source texts with how often each was seen, for a finding's detail: «واتساب» ×3، «fax» ×1.
/// Texts are scrubbed like comments, since a free-text column can hold anything.
/// </summary>
internal sealed class TextCounts
{
    /// <summary>More distinct texts than this are summarised as "…" so the detail stays readable.</summary>
    public const int MaxShown = 20;

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string? text)
    {
        var key = text?.Trim() ?? string.Empty;
        _counts[key] = _counts.GetValueOrDefault(key) + 1;
    }

    /// <summary>Most frequent first, then in ordinal order; null when nothing was seen.</summary>
    public string? Describe()
    {
        if (_counts.Count == 0)
        {
            return null;
        }

        var ordered = _counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var builder = new StringBuilder();
        foreach (var (text, count) in ordered.Take(MaxShown))
        {
            if (builder.Length > 0)
            {
                builder.Append("، ");
            }

            builder.Append('«').Append(CommentScrubber.Scrub(text)).Append("» ×").Append(count.ToString(CultureInfo.InvariantCulture));
        }

        if (ordered.Count > MaxShown)
        {
            builder.Append("، …");
        }

        return builder.ToString();
    }
}
