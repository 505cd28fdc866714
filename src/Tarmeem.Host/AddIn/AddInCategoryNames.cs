using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Host.Sync;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// The categories the pane offers, named by the same <see cref="MailCategoryCatalog"/> that sync reads them with
/// (including a resolution or not-an-inquiry category renamed in <c>Tarmeem:Sources:Mailbox</c>).
/// </summary>
internal static class AddInCategoryNames
{
    public static AddInCategories Build(MailCategoryCatalog catalog) => new(
        [.. ChannelCatalog.PolicyChannels.Select(Channel)],
        [.. ChannelCatalog.Branches.Select(Branch)],
        catalog.Resolved,
        catalog.NotInquiry);

    public static AddInLabel Channel(Channel channel) =>
        new(channel.ToString(), ArabicLabels.For(channel), MailCategoryCatalog.ChannelCategory(channel));

    public static AddInLabel Branch(Branch branch) =>
        new(ValueCatalogs.Current<Branch>().Code(branch), ArabicLabels.For(branch), MailCategoryCatalog.BranchCategory(branch));
}
