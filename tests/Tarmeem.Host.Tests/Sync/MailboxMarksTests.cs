using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph.Models;
using Tarmeem.Core.Domain;
using Channel = Tarmeem.Core.Domain.Channel;
using Tarmeem.Core.Time;
using Tarmeem.GraphLoopback.Mail;
using Tarmeem.Host.Sync;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys;
using Tarmeem.Surveys.Planning;

namespace Tarmeem.Host.Tests.Sync;

/// <summary>
/// Staff resolve, re-file and exclude mailed inquiries with Outlook's flag and categories; the changes are made here
/// through the real Graph SDK (as Outlook would make them) and the store follows after the next sync.
/// </summary>
public sealed class MailboxMarksTests
{
    private const string Address = "inquiries@tarmeem.org.sa";

    // Sunday 22 November 2026, 08:00 in Riyadh.
    private static readonly DateTimeOffset At = new(2026, 11, 22, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SyncAsync_FlagAndCategoriesSetThenRemoved_StoreFollows()
    {
        await using var harness = await SyncHarness.StartAsync(MailOnly());
        harness.Server.Mail.AddMailbox("mbx-1", Address, "الاستفسارات");
        var a = Incoming(harness, "conv-a", 0, "a@example.com");
        var b = Incoming(harness, "conv-b", 10, "b@example.com");
        var c = Incoming(harness, "conv-c", 20, "c@example.com");
        await SyncOkAsync(harness);
        Assert.All((await harness.ReadAllAsync()).Inquiries, i => Assert.Null(i.Resolved));

        // Completed at 11:30 Riyadh, written in the zone Outlook on Windows names.
        await PatchAsync(harness, a, new Message
        {
            Flag = new FollowupFlag
            {
                FlagStatus = FollowupFlagStatus.Complete,
                CompletedDateTime = new DateTimeTimeZone { DateTime = "2026-11-22T11:30:00.0000000", TimeZone = "Arab Standard Time" },
            },
        });
        await PatchAsync(harness, b, new Message { Categories = ["تم الحل", "قناة: الخطابات", "فرع: جدة", "متابعة شخصية"] });
        await PatchAsync(harness, c, new Message { Categories = ["ليس استفساراً"] });
        await SyncOkAsync(harness);

        var marked = (await harness.ReadAllAsync()).Inquiries.ToDictionary(i => i.Id);
        Assert.Equal(["mail:conv-a", "mail:conv-b"], marked.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 8, 30, 0, TimeSpan.Zero), marked["mail:conv-a"].Resolved);
        Assert.Equal((Channel.Website, Branch.Makkah), (marked["mail:conv-a"].Channel, marked["mail:conv-a"].Branch));
        var bModified = DateTimeOffset.Parse(
            harness.Server.Mail.Messages(Address, "inbox").Single(m => m["id"]!.GetValue<string>() == b)["lastModifiedDateTime"]!.GetValue<string>(),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(bModified, marked["mail:conv-b"].Resolved);
        Assert.Equal((Channel.Letter, Branch.Jeddah), (marked["mail:conv-b"].Channel, marked["mail:conv-b"].Branch));
        Assert.Equal(["Inquiry/mail:conv-a", "Inquiry/mail:conv-b"], await ContactKeysAsync(harness));

        // Marked read later: the category's time stays the one first seen.
        await PatchAsync(harness, b, new Message { IsRead = true });
        await SyncOkAsync(harness);
        Assert.Equal(bModified, (await harness.ReadAllAsync()).Inquiries.Single(i => i.Id == "mail:conv-b").Resolved);

        await PatchAsync(harness, a, new Message { Flag = new FollowupFlag { FlagStatus = FollowupFlagStatus.NotFlagged } });
        await PatchAsync(harness, b, new Message { Categories = [] });
        await PatchAsync(harness, c, new Message { Categories = [] });
        await SyncOkAsync(harness);

        var restored = (await harness.ReadAllAsync()).Inquiries;
        Assert.Equal(["mail:conv-a", "mail:conv-b", "mail:conv-c"], restored.Select(i => i.Id));
        Assert.All(restored, i => Assert.Null(i.Resolved));
        Assert.All(restored, i => Assert.Equal((Channel.Website, Branch.Makkah), (i.Channel, i.Branch)));
        Assert.Equal(["Inquiry/mail:conv-a", "Inquiry/mail:conv-b", "Inquiry/mail:conv-c"], await ContactKeysAsync(harness));
        Assert.All(
            harness.Server.Log.Entries.Where(e => e.Path.StartsWith("/users/", StringComparison.Ordinal) && e.Method == "GET"),
            e => Assert.DoesNotContain("subject", Uri.UnescapeDataString(e.Target), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SurveyPlan_MailedInquiryFlaggedComplete_InvitedAfterTheDelayAndCancelledWhenExcluded()
    {
        await using var harness = await SyncHarness.StartAsync(MailOnly());
        harness.Server.Mail.AddMailbox("mbx-1", Address, "الاستفسارات");
        var resolved = Incoming(harness, "conv-r", 0, "r@example.com");
        Incoming(harness, "conv-open", 5, "o@example.com");
        var excluded = Incoming(harness, "conv-x", 10, "x@example.com");
        await PatchAsync(harness, resolved, new Message
        {
            Flag = new FollowupFlag
            {
                FlagStatus = FollowupFlagStatus.Complete,
                CompletedDateTime = new DateTimeTimeZone { DateTime = "2026-11-22T07:00:00.0000000", TimeZone = "UTC" },
            },
        });
        await PatchAsync(harness, excluded, new Message
        {
            Categories = ["ليس استفساراً", "تم الحل"],
        });
        await SyncOkAsync(harness);

        await using var surveys = new SqlSurveyStore(harness.Records);
        var options = new SurveyOptions { PublicBaseUrl = "https://survey.example.org", Mailbox = Address };
        var planner = new SurveyPlanner(options, new SendWindow(options, BusinessCalendar.Default));

        var early = await PreviewAsync(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        Assert.DoesNotContain(early.ToStore, m => m.Invitation!.SubjectId == "mail:conv-r");

        // Monday 23 November, 10:00 Riyadh: a day after the resolution, inside the sending window.
        var due = await PreviewAsync(new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal(["mail:conv-r"], due.ToStore.Select(m => m.Invitation!.SubjectId).Distinct());
        Assert.DoesNotContain(due.Decisions, d => d.Subject.Contains("conv-x", StringComparison.Ordinal));

        // Planned, then staff decide it was no inquiry before it went: the planned survey is cancelled.
        var monday = new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);
        await Planning(monday).PlanAndStoreAsync(SyncHarness.Timeout());
        Assert.Single(await surveys.ReadDueAsync(monday, 10, SyncHarness.Timeout()));
        await PatchAsync(harness, resolved, new Message { Categories = ["ليس استفساراً"] });
        await SyncOkAsync(harness);
        Assert.Empty(await surveys.ReadDueAsync(monday, 10, SyncHarness.Timeout()));
        Assert.DoesNotContain((await harness.ReadAllAsync()).Inquiries, i => i.Id == "mail:conv-r");

        async Task<SurveyPlan> PreviewAsync(DateTimeOffset now) => (await Planning(now).PreviewAsync(SyncHarness.Timeout())).Invitations;

        SurveyPlanningService Planning(DateTimeOffset now) => new(harness.Records, surveys, planner, options, new FakeTimeProvider(now));
    }

    private static string Incoming(SyncHarness harness, string conversation, int minutes, string from) => harness.Server.Mail.AddMessage(
        Address, "inbox", new MessageSeed("استفسار", from, At.AddMinutes(minutes)) { ConversationId = conversation, BodyText = "نص" });

    private static Task<Message?> PatchAsync(SyncHarness harness, string messageId, Message change) =>
        harness.Client.Users[Address].Messages[messageId].PatchAsync(change, cancellationToken: SyncHarness.Timeout());

    private static async Task SyncOkAsync(SyncHarness harness)
    {
        var summary = await harness.SyncAsync();
        Assert.True(summary.Succeeded, string.Join("; ", summary.Sources.Select(s => s.Error)));
    }

    private static async Task<string[]> ContactKeysAsync(SyncHarness harness)
    {
        await using var surveys = new SqlSurveyStore(harness.Records);
        return [.. (await surveys.ReadContactsAsync(SyncHarness.Timeout())).Keys.Order(StringComparer.Ordinal)];
    }

    private static SourcesOptions MailOnly() => new()
    {
        Mailbox = new MailboxSourceOptions { Address = Address, Channel = "Website", Branch = "Makkah" },
    };
}
