using System.Text.Json.Nodes;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Outbox;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>
/// Runs fresh senders on the same store until nothing is due, as re-runs after failures would, then judges by the
/// loopback server's own record: each planned invitation sent once, one copy in Sent Items, nothing left in Drafts,
/// the Outbox or Deleted Items.
/// </summary>
internal static class SurveyJudge
{
    public static async Task<IReadOnlyList<SendSummary>> RunUntilSettledAsync(SurveyHarness harness, Func<SurveySender> sender, int maxRuns = 50)
    {
        var runs = new List<SendSummary>();
        while ((await harness.Surveys.ReadDueAsync(harness.Clock.GetUtcNow(), 1, CancellationToken.None)).Count > 0)
        {
            Assert.True(runs.Count < maxRuns, "the sender does not settle");
            runs.Add(await sender().SendDueAsync(int.MaxValue, CancellationToken.None));
        }

        return runs;
    }

    /// <summary>How many message creates reached the server.</summary>
    public static int Creates(SurveyHarness harness) =>
        harness.Server.Log.Entries.Count(e => e.Method == "POST" && e.Path.EndsWith("/messages", StringComparison.Ordinal));

    /// <summary>Call when the Outbox has had time to empty (a slow Outbox moves on the server's clock).</summary>
    public static void AssertSentOnceEachNothingLeft(SurveyHarness harness, IEnumerable<PlannedMessage> planned)
    {
        var mail = harness.Server.Mail;
        var sent = mail.Sent.GroupBy(s => s.Header(OutgoingSurveyMail.InvitationHeader) ?? "").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var filed = mail.Messages(SurveyHarness.MailboxUpn, "sentitems").GroupBy(InvitationOf).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ids = planned.Select(p => p.InvitationId).ToList();
        var duplicates = ids.Count(id => sent.GetValueOrDefault(id) > 1 || filed.GetValueOrDefault(id) > 1);
        var lost = ids.Count(id => sent.GetValueOrDefault(id) == 0 || filed.GetValueOrDefault(id) == 0);
        var left = (string[])["drafts", "outbox", "deleteditems"];
        Assert.Equal(
            (0, 0, 0),
            (duplicates, lost, left.Sum(folder => mail.Messages(SurveyHarness.MailboxUpn, folder).Count)));
    }

    private static string InvitationOf(JsonObject message) =>
        (message["internetMessageHeaders"]?.AsArray() ?? [])
            .FirstOrDefault(h => string.Equals(h?["name"]?.GetValue<string>(), OutgoingSurveyMail.InvitationHeader, StringComparison.OrdinalIgnoreCase))?["value"]?.GetValue<string>()
        ?? "";
}
