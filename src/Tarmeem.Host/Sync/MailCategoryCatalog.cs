using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Store.Sync;

namespace Tarmeem.Host.Sync;

/// <summary>
/// The Outlook categories staff put on mail in the inquiries mailbox, and what each means: the resolution category,
/// «ليس استفساراً», «قناة: …» for each policy channel and «فرع: …» for each branch. The one place their names are built.
/// </summary>
internal sealed class MailCategoryCatalog
{
    private const string ResolvedColor = "preset4";
    private const string NotInquiryColor = "preset12";
    private const string ChannelColor = "preset7";
    private const string BranchColor = "preset8";

    private readonly string resolved;
    private readonly string notInquiry;
    private readonly Dictionary<string, Channel> channels = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Branch> branches = new(StringComparer.OrdinalIgnoreCase);

    public MailCategoryCatalog(MailboxSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        resolved = options.ResolvedCategory.Trim();
        notInquiry = options.NotInquiryCategory.Trim();
        var all = new List<MailCategory> { new(resolved, ResolvedColor), new(notInquiry, NotInquiryColor) };
        foreach (var channel in ChannelCatalog.PolicyChannels)
        {
            var name = ChannelCategory(channel);
            channels[name] = channel;
            all.Add(new(name, ChannelColor));
        }

        // Branch names come from the same labels reports use: whatever defines the branches defines these too.
        foreach (var branch in ChannelCatalog.Branches)
        {
            var name = BranchCategory(branch);
            branches[name] = branch;
            all.Add(new(name, BranchColor));
        }

        All = all;
    }

    /// <summary>The category that marks a conversation resolved (besides a completed flag).</summary>
    public string Resolved => resolved;

    /// <summary>The category that says a conversation is not an inquiry.</summary>
    public string NotInquiry => notInquiry;

    /// <summary>«قناة: label»: the category that files a conversation under a channel (the add-in's pane writes it too).</summary>
    public static string ChannelCategory(Channel channel) => Named("MailCategory_ChannelPrefix", ArabicLabels.For(channel));

    /// <summary>«فرع: label»: the category that files a conversation under a branch.</summary>
    public static string BranchCategory(Branch branch) => Named("MailCategory_BranchPrefix", ArabicLabels.For(branch));

    /// <summary>Every category the service reads, with the colour <c>check --fix</c> gives it.</summary>
    public IReadOnlyList<MailCategory> All { get; }

    /// <summary>
    /// What a message's flag and categories say. Categories the service does not know are staff's own and ignored;
    /// of two channel (or branch) categories on one message, the policy's order decides.
    /// </summary>
    public MailMarks Read(IReadOnlyList<string> categories, DateTimeOffset? flagCompletedAt, DateTimeOffset categorySeenAt)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var names = categories.Select(c => c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new MailMarks
        {
            FlagCompletedAt = flagCompletedAt,
            ResolutionCategoryAt = names.Contains(resolved) ? categorySeenAt : null,
            NotInquiry = names.Contains(notInquiry),
            Channel = channels.Where(c => names.Contains(c.Key)).Select(c => (Channel?)c.Value).Min(),
            Branch = branches.Where(b => names.Contains(b.Key)).Select(b => (Branch?)b.Value).Min(),
        };
    }

    private static string Named(string prefixKey, string label) => $"{ArabicLabels.Get(prefixKey)}: {label}";
}
