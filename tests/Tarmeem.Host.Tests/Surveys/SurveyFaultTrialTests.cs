using Microsoft.Extensions.Time.Testing;
using Tarmeem.GraphLoopback.Faults;
using Tarmeem.Store.Surveys;
using Xunit.Abstractions;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>
/// Seeded trials, twenty per fault: each plans three invitations, arms the fault for one to three requests, and
/// sends with runs that are killed at random points (before or after any store write or Graph call) and started
/// afresh on the same store, while a slow Outbox holds sent mail a few seconds of the server's clock.
/// </summary>
public sealed class SurveyFaultTrialTests(ITestOutputHelper output)
{
    private const int Trials = 20;
    private const int PerTrial = 3;

    public enum Fault
    {
        TagConflict,
        CreateTimeoutAfterWork,
        CreateConnectionDropped,
        SendTimeoutAfterWork,
        SendConnectionDropped,
    }

    [Theory]
    [InlineData(Fault.TagConflict)]
    [InlineData(Fault.CreateTimeoutAfterWork)]
    [InlineData(Fault.CreateConnectionDropped)]
    [InlineData(Fault.SendTimeoutAfterWork)]
    [InlineData(Fault.SendConnectionDropped)]
    public async Task SendDue_TwentyKilledTrialsPerFault_NoDuplicateNoLossNoDraft(Fault fault)
    {
        var serverClock = new FakeTimeProvider(SurveyHarness.Now);
        await using var harness = await SurveyHarness.StartAsync(maxRetries: 3, serverTime: serverClock);
        harness.Server.Faults.SlowOutbox.Delay = TimeSpan.FromSeconds(3);
        var planned = new List<PlannedMessage>();
        int runs = 0, kills = 0, faulted = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            var chaos = new Chaos(seed: 20261203 + (1000 * (int)fault) + trial, probability: 0.08);
            planned.AddRange(await harness.PlanAsync(PerTrial, first: trial * PerTrial));
            var rule = Arm(harness, fault, times: 1 + chaos.Next(3));
            while ((await harness.Surveys.ReadDueAsync(harness.Clock.GetUtcNow(), 1, CancellationToken.None)).Count > 0)
            {
                Assert.True(++runs < 1000, "the sender does not settle");
                var sender = harness.Sender(new ChaosSurveyStore(harness.Surveys, chaos), new ChaosMailbox(harness.Mailbox, chaos));
                try
                {
                    await sender.SendDueAsync(int.MaxValue, CancellationToken.None);
                }
                catch (SimulatedCrash)
                {
                    kills++;
                }

                serverClock.Advance(TimeSpan.FromSeconds(chaos.Next(3)));
            }

            faulted += rule.Hits;
            harness.Server.Faults.Clear();
        }

        serverClock.Advance(TimeSpan.FromSeconds(10));
        output.WriteLine($"{fault}: {Trials} trials, {planned.Count} invitations, {runs} runs, {kills} kills, {faulted} faulted requests, {harness.Server.Mail.Sent.Count} sent");
        Assert.True(kills >= Trials, $"only {kills} kills");
        Assert.True(faulted >= Trials, $"only {faulted} faulted requests");
        SurveyJudge.AssertSentOnceEachNothingLeft(harness, planned);
    }

    private static FaultRule Arm(SurveyHarness harness, Fault fault, int times) => fault switch
    {
        Fault.TagConflict => harness.Server.Faults.Inject(MailFaultPaths.Message, ConflictFault.Irresolvable(), times, "PATCH"),
        Fault.CreateTimeoutAfterWork => harness.Server.Faults.Inject(MailFaultPaths.MessageCreate, AfterWorkFault.GatewayTimeout(), times, "POST"),
        Fault.CreateConnectionDropped => harness.Server.Faults.Inject(MailFaultPaths.MessageCreate, AfterWorkFault.ConnectionDropped(), times, "POST"),
        Fault.SendTimeoutAfterWork => harness.Server.Faults.Inject(MailFaultPaths.DraftSend, AfterWorkFault.GatewayTimeout(), times, "POST"),
        _ => harness.Server.Faults.Inject(MailFaultPaths.DraftSend, AfterWorkFault.ConnectionDropped(), times, "POST"),
    };
}
