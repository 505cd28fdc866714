using Tarmeem.GraphLoopback.Faults;
using Xunit.Abstractions;
using Tarmeem.Surveys.Outbox;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>
/// Effectively once: the sender is killed again and again (exceptions at random points between store and Graph,
/// before and after each call, cancellation mid-request, 503s from Graph) and resumed by a fresh instance each time;
/// the loopback server's own record of what it sent is the judge.
/// </summary>
public sealed class SurveySenderCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SendDue_ThousandInvitationsKilledRepeatedly_EachSentExactlyOnce()
    {
        await using var harness = await SurveyHarness.StartAsync();
        var planned = await harness.PlanAsync(1000);
        var chaos = new Chaos(seed: 20261122, probability: 0.004);
        harness.Server.Faults.Inject(@"/messages/[^/]+/send$", GraphFault.ServiceUnavailable(), times: 5, method: "POST");
        harness.Server.Faults.Inject(@"/users/[^/]+/messages$", GraphFault.GatewayTimeout(), times: 5, method: "POST");
        int runs = 0, cancellations = 0, stops = 0;

        while (true)
        {
            var due = await harness.Surveys.ReadDueAsync(harness.Clock.GetUtcNow(), 1, CancellationToken.None);
            if (due.Count == 0)
            {
                break;
            }

            Assert.True(++runs < 2000, "the sender does not converge");
            using var kill = new CancellationTokenSource();
            if (chaos.Next(4) == 0)
            {
                kill.CancelAfter(TimeSpan.FromMilliseconds(20 + chaos.Next(400)));
            }

            var sender = harness.Sender(new ChaosSurveyStore(harness.Surveys, chaos), new ChaosMailbox(harness.Mailbox, chaos));
            try
            {
                var summary = await sender.SendDueAsync(int.MaxValue, kill.Token);
                stops += summary.StopReason is null ? 0 : 1;
            }
            catch (SimulatedCrash)
            {
            }
            catch (OperationCanceledException)
            {
                cancellations++;
            }
        }

        var sent = harness.Server.Mail.Sent;
        output.WriteLine($"runs {runs}, crashes {chaos.Crashes}, cancellations {cancellations}, stopped by Graph failures {stops}, sent {sent.Count}");
        var perInvitation = sent.GroupBy(s => s.Header(OutgoingSurveyMail.InvitationHeader) ?? "").ToDictionary(g => g.Key, g => g.Count());
        var duplicates = perInvitation.Count(p => p.Value > 1);
        var lost = planned.Count(p => !perInvitation.ContainsKey(p.InvitationId));
        Assert.True(chaos.Crashes + cancellations + stops >= 20, $"only {chaos.Crashes} crashes, {cancellations} cancellations, {stops} stops");
        Assert.True(chaos.Crashes >= 20, $"only {chaos.Crashes} crashes");
        Assert.Equal((0, 0), (duplicates, lost));
        Assert.Equal(1000, sent.Count);
        Assert.All(sent, s => Assert.Equal("send", s.Via));
        var expectedRecipient = planned.Select((p, i) => (p.InvitationId, $"person{i}@example.org")).ToDictionary(x => x.InvitationId, x => x.Item2);
        Assert.All(sent, s => Assert.Equal([expectedRecipient[s.Header(OutgoingSurveyMail.InvitationHeader)!]], s.Recipients));
        Assert.Equal(1000, await harness.Surveys.CountSentSinceAsync(SurveyHarness.Now.AddDays(-1), CancellationToken.None));
        Assert.Empty(harness.Server.Mail.Messages(SurveyHarness.MailboxUpn, "drafts"));
    }
}
