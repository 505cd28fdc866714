using Tarmeem.Core.Domain;
using Tarmeem.Store;
using Tarmeem.GraphLoopback.Mail;
using Tarmeem.Host.Sync;
using Tarmeem.Store.Surveys;

namespace Tarmeem.Host.Tests.Sync;

public sealed class MailboxSyncTests
{
    private const string Address = "inquiries@tarmeem.org.sa";
    private static readonly DateTimeOffset At = new(2026, 10, 5, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.PostgreSql)]
    public async Task SyncAsync_Mailbox_ConversationsBecomeInquiriesWithFirstReplyFromSentItems(StoreProvider provider)
    {
        await using var harness = await SyncHarness.StartAsync(MailOnly(), pageSize: 2, provider: provider);
        harness.Server.Mail.AddMailbox("mbx-1", Address, "الاستفسارات");
        Incoming("conv-a", 0);
        Incoming("conv-a", 30);
        Incoming("conv-b", 60);
        Incoming("conv-c", 90);
        Sent("conv-a", -10);
        Sent("conv-a", 45);
        Sent("conv-a", 120);
        Sent("conv-z", 5);

        var summary = await harness.SyncAsync();

        Assert.True(summary.Succeeded, string.Join("; ", summary.Sources.Select(s => s.Error)));
        var inquiries = (await harness.ReadAllAsync()).Inquiries;
        Assert.Equal(["mail:conv-a", "mail:conv-b", "mail:conv-c"], inquiries.Select(i => i.Id));
        var a = inquiries[0];
        Assert.Equal((At, At.AddMinutes(45), Channel.Website, Branch.Makkah), (a.Received!.Value, a.FirstResponse!.Value, a.Channel, a.Branch));
        Assert.Null(inquiries[1].FirstResponse);
        var mailRequests = harness.Server.Log.Entries.Where(e => e.Path.StartsWith("/users/", StringComparison.Ordinal)).ToList();
        Assert.All(mailRequests, e => Assert.DoesNotContain("body", Uri.UnescapeDataString(e.Target), StringComparison.OrdinalIgnoreCase));
        Assert.Contains(mailRequests, e => Uri.UnescapeDataString(e.Target).Contains("$select=id,conversationId,receivedDateTime,sentDateTime,from", StringComparison.Ordinal));

        await using (var surveys = new SqlSurveyStore(harness.Records))
        {
            var contacts = await surveys.ReadContactsAsync(SyncHarness.Timeout());
            Assert.Equal(["Inquiry/mail:conv-a", "Inquiry/mail:conv-b", "Inquiry/mail:conv-c"], contacts.Keys.Order(StringComparer.Ordinal));
            Assert.All(contacts.Values, c => Assert.Equal("someone@example.com", c.EmailAddress));
        }

        // Later: a reply to conv-b arrives in Sent Items; only that changes.
        Sent("conv-b", 200);
        harness.Server.Log.Clear();
        var next = await harness.SyncAsync();

        Assert.Equal(1, next.Sources.Single(s => s.Source == "mailbox:sent").Counts.Changed);
        Assert.Equal(At.AddMinutes(200), (await harness.ReadAllAsync()).Inquiries.Single(i => i.Id == "mail:conv-b").FirstResponse);
        Assert.Equal(2, harness.Server.Log.Count(e => !e.InBatch));

        void Incoming(string conversation, int minutes) => harness.Server.Mail.AddMessage(
            Address, "inbox", new MessageSeed("استفسار", "someone@example.com", At.AddMinutes(minutes)) { ConversationId = conversation, BodyText = "نص" });

        void Sent(string conversation, int minutes) => harness.Server.Mail.AddMessage(
            Address, "sentitems", new MessageSeed("رد", Address, At.AddMinutes(minutes)) { ConversationId = conversation, SentDateTime = At.AddMinutes(minutes) });
    }

    [Fact]
    public async Task SyncAsync_MessageWithoutConversationId_QuarantinedUntilItReadsThenReleased()
    {
        await using var harness = await SyncHarness.StartAsync(MailOnly());
        harness.Server.Mail.AddMailbox("mbx-1", Address, "الاستفسارات");
        var broken = harness.Server.Mail.AddMessage(Address, "inbox", new MessageSeed("استفسار", "someone@example.com", At) { ConversationId = "conv-x" });
        harness.Server.Mail.UpdateMessage(Address, broken, m => m.Remove("conversationId"));

        var summary = await harness.SyncAsync();

        Assert.Equal(1, summary.Sources.Single(s => s.Source == "mailbox:inbox").Counts.Quarantined);
        var held = Assert.Single((await harness.ReadAllAsync()).Quarantined);
        Assert.Equal(("mailbox:inbox", broken), (held.Source, held.SourceId));
        Assert.Contains("conversation id", held.Reason, StringComparison.Ordinal);
        Assert.Empty((await harness.ReadAllAsync()).Inquiries);

        harness.Server.Mail.UpdateMessage(Address, broken, m => m["conversationId"] = "conv-x");
        await harness.SyncAsync();

        var records = await harness.ReadAllAsync();
        Assert.Empty(records.Quarantined);
        Assert.Equal(["mail:conv-x"], records.Inquiries.Select(i => i.Id));
    }

    private static SourcesOptions MailOnly() => new()
    {
        Mailbox = new MailboxSourceOptions { Address = Address, Channel = "Website", Branch = "Makkah" },
    };
}
