using Tarmeem.GraphLoopback.Faults;
using Tarmeem.Surveys.Outbox;

namespace Tarmeem.Host.Tests.Surveys;

public sealed class SurveySenderTests
{
    [Fact]
    public async Task SendDue_TaggedDraftThenSend_FoundAgainByTag()
    {
        await using var harness = await SurveyHarness.StartAsync();
        var planned = await harness.PlanAsync(1);

        var summary = await harness.Sender().SendDueAsync(10, CancellationToken.None);

        Assert.Equal(1, summary.Sent);
        var sent = Assert.Single(harness.Server.Mail.Sent);
        Assert.Equal(planned[0].InvitationId, sent.Header(OutgoingSurveyMail.InvitationHeader));
        Assert.Contains(harness.Server.Log.Entries, e => e.Method == "POST" && e.Target.EndsWith("/messages", StringComparison.Ordinal));
        Assert.NotNull((await harness.Mailbox.LocateAsync(planned[0].MessageKey, CancellationToken.None)).Sent);
        Assert.Null((await harness.Mailbox.LocateAsync(planned[0].InvitationId + ".Reminder", CancellationToken.None)).Sent);
    }

    [Fact]
    public async Task SendDue_OptedOutAnsweredOrExpired_CancelledNotSent()
    {
        await using var harness = await SurveyHarness.StartAsync();
        var planned = await harness.PlanAsync(3);
        await harness.Surveys.OptOutAsync(planned[0].InvitationId, SurveyHarness.Now, CancellationToken.None);
        await harness.Surveys.TryRecordResponseAsync(new() { InvitationId = planned[1].InvitationId, AnsweredAt = SurveyHarness.Now, Overall = 4 }, CancellationToken.None);

        var summary = await harness.Sender().SendDueAsync(10, CancellationToken.None);

        Assert.Equal((1, 1), (summary.Sent, summary.Cancelled));
        Assert.Equal(planned[2].InvitationId, Assert.Single(harness.Server.Mail.Sent).Header(OutgoingSurveyMail.InvitationHeader));
    }

    [Fact]
    public async Task SendDue_OnFriday_SendsNothing()
    {
        await using var harness = await SurveyHarness.StartAsync();
        await harness.PlanAsync(2);
        harness.Clock.Advance(TimeSpan.FromDays(5));

        var summary = await harness.Sender().SendDueAsync(10, CancellationToken.None);

        Assert.Equal("outside the sending window", summary.StopReason);
        Assert.Empty(harness.Server.Mail.Sent);
    }

    [Fact]
    public async Task SendDue_DailyCapReached_StopsAtTheCap()
    {
        await using var harness = await SurveyHarness.StartAsync();
        await harness.PlanAsync(5);
        harness.Options.DailyCap = 3;

        var first = await harness.Sender().SendDueAsync(10, CancellationToken.None);
        var second = await harness.Sender().SendDueAsync(10, CancellationToken.None);

        Assert.Equal((3, 0), (first.Sent, second.Sent));
        Assert.Equal("the daily cap is reached", second.StopReason);
        Assert.Equal(3, harness.Server.Mail.Sent.Count);
    }

    [Fact]
    public async Task SendDue_GraphRefusesTheMessage_CancelledWithStatus_Graph503_Postponed()
    {
        await using var harness = await SurveyHarness.StartAsync();
        await harness.PlanAsync(2);
        harness.Server.Faults.Inject(@"/users/[^/]+/messages$", new GraphFault(400, "ErrorInvalidRecipients", "Invalid recipient.", null), times: 1, method: "POST");
        harness.Server.Faults.Inject(@"/users/[^/]+/messages$", GraphFault.ServiceUnavailable(), times: 1, method: "POST");

        var summary = await harness.Sender().SendDueAsync(10, CancellationToken.None);
        var retry = await harness.Sender().SendDueAsync(10, CancellationToken.None);

        Assert.Equal((0, 1, 1), (summary.Sent, summary.Cancelled, summary.Postponed));
        Assert.Equal(1, retry.Sent);
        Assert.Single(harness.Server.Mail.Sent);
    }

    [Fact]
    public async Task IntervalFor_PerMinuteLimitOrCapSpreadOverTheWindow_TheLongerWins()
    {
        await using var harness = await SurveyHarness.StartAsync();

        var fast = SendPacer.IntervalFor(new() { MaxPerMinute = 30, DailyCap = 50_000 }, harness.Window.DailyLength);
        var spread = SendPacer.IntervalFor(new() { MaxPerMinute = 30, DailyCap = 500 }, harness.Window.DailyLength);

        Assert.Equal(TimeSpan.FromSeconds(2), fast);
        Assert.Equal(TimeSpan.FromHours(11) / 500, spread);
    }
}
