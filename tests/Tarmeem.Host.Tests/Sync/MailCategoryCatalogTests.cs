using Tarmeem.Core.Domain;
using Tarmeem.Host.Sync;
using Channel = Tarmeem.Core.Domain.Channel;

namespace Tarmeem.Host.Tests.Sync;

public sealed class MailCategoryCatalogTests
{
    private static readonly DateTimeOffset Seen = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void All_DefaultSettings_ResolutionNotInquiryEightChannelsFiveBranches()
    {
        var all = new MailCategoryCatalog(new MailboxSourceOptions()).All;

        Assert.Equal(15, all.Count);
        Assert.Equal(["تم الحل", "ليس استفساراً", "قناة: المقابلة"], all.Take(3).Select(c => c.DisplayName));
        Assert.Contains(new MailCategory("قناة: الخطابات", "preset7"), all);
        Assert.Equal(new MailCategory("فرع: القنفذة", "preset8"), all[^1]);
    }

    [Fact]
    public void Read_TwoChannelsUnknownAndSpacedNames_PolicyOrderWinsAndUnknownIgnored()
    {
        var catalog = new MailCategoryCatalog(new MailboxSourceOptions { ResolvedCategory = "Done" });

        var marks = catalog.Read([" قناة: الموقع الالكتروني للجمعية", "قناة: الخطابات ", "done", "متابعة", "فرع: الطائف"], null, Seen);

        Assert.Equal((Channel.Letter, Branch.Taif, Seen, false), (marks.Channel!.Value, marks.Branch!.Value, marks.ResolutionCategoryAt!.Value, marks.NotInquiry));
        Assert.Null(catalog.Read(["تم الحل"], null, Seen).ResolutionCategoryAt);
        Assert.True(catalog.Read(["ليس استفساراً"], null, Seen).NotInquiry);
    }

    [Fact]
    public void SourcesValidator_SameNameForResolvedAndNotInquiry_NamesBothKeys()
    {
        var options = new SourcesOptions
        {
            Mailbox = new MailboxSourceOptions { Address = "inquiries@tarmeem.org.sa", Channel = "Website", ResolvedCategory = "x", NotInquiryCategory = " X" },
        };

        var result = new SourcesOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Tarmeem:Sources:Mailbox:ResolvedCategory and Tarmeem:Sources:Mailbox:NotInquiryCategory", result.FailureMessage, StringComparison.Ordinal);
    }
}
