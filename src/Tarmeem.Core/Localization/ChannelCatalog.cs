using Tarmeem.Core.Domain;

namespace Tarmeem.Core.Localization;

/// <summary>The fixed orders in which reports list domain values: the policy's own order, «غير محدد» last.</summary>
public static class ChannelCatalog
{
    /// <summary>The eight channels of the policy, in its order.</summary>
    public static IReadOnlyList<Channel> PolicyChannels { get; } =
    [
        Channel.InPerson, Channel.Phone, Channel.SocialMedia, Channel.Letter,
        Channel.AssistanceRequest, Channel.Volunteering, Channel.Website, Channel.BranchRepresentative,
    ];

    /// <summary>The eight channels then «غير محدد»: every report row set uses this.</summary>
    public static IReadOnlyList<Channel> AllForReports { get; } = [.. PolicyChannels, Channel.Unspecified];

    /// <summary>The configured branches in report order (<see cref="ValueCatalog{TEnum}"/>).</summary>
    public static IReadOnlyList<Branch> Branches => ValueCatalogs.Current<Branch>().Members;

    /// <summary>The configured branches then «غير محدد».</summary>
    public static IReadOnlyList<Branch> BranchesForReports => ValueCatalogs.Current<Branch>().ForReports;

    /// <summary>Maps a channel's Arabic label or code (as a list or config writes it) to the channel.</summary>
    public static bool TryParse(string? text, out Channel channel)
    {
        channel = Channel.Unspecified;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        foreach (var candidate in PolicyChannels)
        {
            if (string.Equals(trimmed, candidate.ToString(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, ArabicLabels.For(candidate), StringComparison.Ordinal))
            {
                channel = candidate;
                return true;
            }
        }

        return false;
    }
}
