using System.Collections;
using System.Globalization;
using System.Resources;

namespace Tarmeem.Sample;

/// <summary>
/// The texts of <c>SampleTexts.resx</c>, grouped by key prefix and ordered by key so that a seed always
/// draws the same ones (a resource set enumerates in hash order).
/// </summary>
internal sealed class SampleTexts
{
    private static readonly Lazy<SampleTexts> Loaded = new(Load);

    private readonly Dictionary<CommentKind, string[]> _comments;

    private SampleTexts(Dictionary<CommentKind, string[]> comments, string[] planted, string[] unmappedChannels)
    {
        _comments = comments;
        PlantedComments = planted;
        UnmappedChannels = unmappedChannels;
    }

    public static SampleTexts Default => Loaded.Value;

    /// <summary>Comments carrying fictitious phones, e-mails, a formula and HTML, for the scrubbing tests.</summary>
    public IReadOnlyList<string> PlantedComments { get; }

    /// <summary>Channel texts as a source might write them that map to none of the eight channels.</summary>
    public IReadOnlyList<string> UnmappedChannels { get; }

    public string Pick(CommentKind kind, Random random)
    {
        var texts = _comments[kind];
        return texts[random.Next(texts.Length)];
    }

    private static SampleTexts Load()
    {
        var manager = new ResourceManager("Tarmeem.Sample.SampleTexts", typeof(SampleTexts).Assembly);
        var set = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
            ?? throw new MissingManifestResourceException("Tarmeem.Sample.SampleTexts.resx is not embedded in Tarmeem.Core.");
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            if (entry.Key is string key && entry.Value is string text)
            {
                entries[key] = text;
            }
        }

        string[] WithPrefix(string prefix)
        {
            var texts = entries.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e.Value).ToArray();
            return texts.Length > 0
                ? texts
                : throw new InvalidOperationException($"Tarmeem.Sample.SampleTexts.resx has no entry named '{prefix}…'; add one such as '{prefix}01'.");
        }

        var comments = Enum.GetValues<CommentKind>().ToDictionary(kind => kind, kind => WithPrefix(kind + "_"));
        return new SampleTexts(comments, WithPrefix("Planted_"), WithPrefix("UnmappedChannel_"));
    }
}
