using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Tarmeem.GraphLoopback.Faults;
using Tarmeem.Surveys.Outbox;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>
/// Each fault Graph really gives, switched on in the loopback server, through the real SDK and the client as
/// production builds it (three retries): no invitation sent twice, none lost, no draft left with a live link.
/// </summary>
public sealed partial class SurveyFaultTests
{
    [GeneratedRegex(@"/s/([A-Za-z0-9_-]+)\?r=", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TokenInLink();

    [Fact]
    public async Task SendDue_TagPatchAnswers409_RetriedAfterAFreshReadNoneCancelled()
    {
        await using var harness = await SurveyHarness.StartAsync(maxRetries: 3);
        var planned = await harness.PlanAsync(6);
        harness.Server.Faults.Inject(MailFaultPaths.Message, ConflictFault.Irresolvable(), times: 5, method: "PATCH");

        var runs = await SurveyJudge.RunUntilSettledAsync(harness, () => harness.Sender());

        Assert.Equal(0, runs.Sum(r => r.Cancelled));
        Assert.Contains(harness.Server.Log.Entries, e => e.Method == "GET" && e.Target.Contains("changeKey", StringComparison.Ordinal));
        SurveyJudge.AssertSentOnceEachNothingLeft(harness, planned);
    }

    [Fact]
    public async Task SendDue_CreateAnswers504AfterCreating_NeverCreatedTwiceNoDraftLeft()
    {
        await using var harness = await SurveyHarness.StartAsync(maxRetries: 3);
        var planned = await harness.PlanAsync(6);
        harness.Server.Faults.Inject(MailFaultPaths.MessageCreate, AfterWorkFault.GatewayTimeout(), times: 3, method: "POST");

        await SurveyJudge.RunUntilSettledAsync(harness, () => harness.Sender());

        Assert.Equal(6, SurveyJudge.Creates(harness));
        SurveyJudge.AssertSentOnceEachNothingLeft(harness, planned);
    }

    [Fact]
    public async Task SendDue_SendAcceptedStillInTheOutbox_FoundThereNotSentAgain()
    {
        var serverClock = new FakeTimeProvider(SurveyHarness.Now);
        await using var harness = await SurveyHarness.StartAsync(maxRetries: 3, serverTime: serverClock);
        var planned = await harness.PlanAsync(6);
        harness.Server.Faults.SlowOutbox.Delay = TimeSpan.FromSeconds(3);
        harness.Server.Faults.Inject(MailFaultPaths.DraftSend, AfterWorkFault.GatewayTimeout(), times: 2, method: "POST");

        var runs = await SurveyJudge.RunUntilSettledAsync(harness, () => harness.Sender());
        var waiting = harness.Server.Mail.Messages(SurveyHarness.MailboxUpn, "outbox").Count;
        serverClock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(6, waiting);
        Assert.Equal((4, 2), (runs.Sum(r => r.Sent), runs.Sum(r => r.Recovered)));
        SurveyJudge.AssertSentOnceEachNothingLeft(harness, planned);
    }

    [Fact]
    public async Task SendDue_ConnectionDroppedAfterCreateAndAfterSend_TheOthersGoOutInTheSameRun()
    {
        await using var harness = await SurveyHarness.StartAsync(maxRetries: 3);
        var planned = await harness.PlanAsync(6);
        harness.Server.Faults.Inject(MailFaultPaths.MessageCreate, AfterWorkFault.ConnectionDropped(), times: 1, method: "POST");
        harness.Server.Faults.Inject(MailFaultPaths.DraftSend, AfterWorkFault.ConnectionDropped(), times: 1, method: "POST");

        var runs = await SurveyJudge.RunUntilSettledAsync(harness, () => harness.Sender());

        Assert.Equal((4, 2, null), (runs[0].Sent, runs[0].Postponed, runs[0].StopReason));
        Assert.Equal(6, SurveyJudge.Creates(harness));
        SurveyJudge.AssertSentOnceEachNothingLeft(harness, planned);
    }

    [Fact]
    public async Task SendDue_MailboxPermissionMissing_StopsAfterThreeNoneCancelledAllSentLater()
    {
        await using var harness = await SurveyHarness.StartAsync(maxRetries: 3);
        var planned = await harness.PlanAsync(5);
        harness.Server.Faults.Inject(MailFaultPaths.MessageCreate, new GraphFault(403, "ErrorAccessDenied", "Access is denied.", null), times: 3, method: "POST");

        var runs = await SurveyJudge.RunUntilSettledAsync(harness, () => harness.Sender());

        Assert.Equal((0, 3), (runs[0].Sent, runs[0].Postponed));
        Assert.NotNull(runs[0].StopReason);
        Assert.Equal(0, runs.Sum(r => r.Cancelled));
        SurveyJudge.AssertSentOnceEachNothingLeft(harness, planned);
    }

    [Fact]
    public async Task SendDue_DraftLeftThenTheBeneficiaryOptsOut_DraftDeletedForGood()
    {
        await using var harness = await SurveyHarness.StartAsync(maxRetries: 3);
        var planned = await harness.PlanAsync(1);
        harness.Server.Faults.Inject(MailFaultPaths.MessageCreate, AfterWorkFault.GatewayTimeout(), method: "POST");
        await harness.Sender().SendDueAsync(10, CancellationToken.None);
        var leftover = harness.Server.Mail.Messages(SurveyHarness.MailboxUpn, "drafts").Count;
        await harness.Surveys.OptOutAsync(planned[0].InvitationId, SurveyHarness.Now, CancellationToken.None);

        var retry = await harness.Sender().SendDueAsync(10, CancellationToken.None);

        Assert.Equal((1, 1), (leftover, retry.Cancelled));
        Assert.Empty(harness.Server.Mail.Sent);
        Assert.Empty(harness.Server.Mail.Messages(SurveyHarness.MailboxUpn, "drafts"));
        Assert.Empty(harness.Server.Mail.Messages(SurveyHarness.MailboxUpn, "deleteditems"));
    }

    [Fact]
    public async Task SendDue_TwoDraftsForOneInvitation_OneSentTheOtherDeleted()
    {
        await using var harness = await SurveyHarness.StartAsync(maxRetries: 3);
        var planned = await harness.PlanAsync(1);
        harness.Server.Faults.Inject(MailFaultPaths.MessageCreate, AfterWorkFault.GatewayTimeout(), method: "POST");
        await harness.Sender().SendDueAsync(10, CancellationToken.None);
        var first = Assert.Single(harness.Server.Mail.Messages(SurveyHarness.MailboxUpn, "drafts"));
        var second = (JsonObject)first.DeepClone();
        second.Remove("id");
        harness.Server.Mail.AddMessage(SurveyHarness.MailboxUpn, "drafts", second);

        await SurveyJudge.RunUntilSettledAsync(harness, () => harness.Sender());

        SurveyJudge.AssertSentOnceEachNothingLeft(harness, planned);
    }

    [Fact]
    public async Task SendDue_SentThreeDaysAfterPlanning_LinksOpenALifetimeFromSending()
    {
        await using var harness = await SurveyHarness.StartAsync();
        await harness.PlanAsync(1);
        harness.Clock.Advance(TimeSpan.FromDays(3));

        await harness.Sender().SendDueAsync(10, CancellationToken.None);

        var token = TokenInLink().Match(Assert.Single(harness.Server.Mail.Sent).PlainText!).Groups[1].Value;
        var match = await harness.Surveys.FindByTokenHashAsync(SurveyTokens.Hash(token), CancellationToken.None);
        Assert.Equal(SurveyHarness.Now + TimeSpan.FromDays(3) + harness.Options.InvitationLifetime, match!.ExpiresAt);
    }
}
