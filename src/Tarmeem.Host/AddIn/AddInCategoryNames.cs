using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// The category names the pane writes: «قناة: label» per policy channel, «فرع: label» per branch, «تم الحل» and
/// «ليس استفساراً» — the same names the mailbox sync reads (Sync/MailCategoryCatalog on the mail-categories branch),
/// built from the same report labels so the two cannot drift apart.
/// </summary>
internal static class AddInCategoryNames
{
    public static AddInCategories Build(AddInStrings strings)
    {
        var channelPrefix = strings.Category("channelPrefix");
        var branchPrefix = strings.Category("branchPrefix");
        return new AddInCategories(
            [.. ChannelCatalog.PolicyChannels.Select(c => Label(c.ToString(), ArabicLabels.For(c), channelPrefix))],
            [.. ChannelCatalog.Branches.Select(b => Label(b.ToString(), ArabicLabels.For(b), branchPrefix))],
            strings.Category("resolved"),
            strings.Category("notInquiry"));
    }

    public static AddInLabel Channel(Channel channel, AddInStrings strings) =>
        Label(channel.ToString(), ArabicLabels.For(channel), strings.Category("channelPrefix"));

    public static AddInLabel Branch(Branch branch, AddInStrings strings) =>
        Label(branch.ToString(), ArabicLabels.For(branch), strings.Category("branchPrefix"));

    private static AddInLabel Label(string code, string label, string prefix) => new(code, label, $"{prefix}: {label}");
}
