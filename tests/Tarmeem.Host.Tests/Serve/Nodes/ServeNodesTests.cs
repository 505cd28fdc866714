using System.Net;
using System.Text.RegularExpressions;
using Tarmeem.Core.Domain;
using Tarmeem.Host.Scheduling;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Planning;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Host.Tests.Serve.Nodes;

/// <summary>
/// Issue 12's check on real processes: two <c>tarmeem serve</c> nodes on one PostgreSQL, the scheduled sync running
/// once per firing across both, a survey form crossing nodes, a guesser spread over both.
/// </summary>
public sealed partial class ServeNodesTests(SyncingNodes fixture) : IClassFixture<SyncingNodes>
{
    private const int Runs = 6;

    [Fact]
    public async Task TwoNodes_SyncEverySecond_EachFiringRunsOnceOnOneNodeAndNeverTwoAtOnce()
    {
        var nodes = fixture.Nodes;
        List<JobRunRow> runs = [];
        await Eventually.HoldsAsync(
            async () => (runs = Finished(await nodes.JobRunsAsync(TarmeemJobs.Sync.Name))).Count >= Runs,
            TimeSpan.FromSeconds(60),
            () => $"the sync ran {runs.Count} times:\n{string.Join('\n', runs)}\n{nodes.A.Output}\n{nodes.B.Output}");

        Assert.All(runs, r => Assert.True(r.Outcome == "Succeeded", r.ToString()));
        Assert.All(runs, r => Assert.Contains(r.Node, nodes.Nodes.Select(n => n.Name)));
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.True(runs[i].StartedAt >= runs[i - 1].FinishedAt, $"two runs at once:\n{runs[i - 1]}\n{runs[i]}");
        }

        // One firing a second, each run at or after its second: two nodes each firing it would give about twice as many.
        var seconds = (runs[^1].StartedAt - runs[0].StartedAt) / 1000.0;
        Assert.InRange(runs.Count, Runs, (int)Math.Ceiling(seconds) + 2);
    }

    [Fact]
    public async Task TwoNodes_FormFromNodeAPostedToNodeB_RecordedOnceAndTheSecondPostAlreadyAnswered()
    {
        var nodes = fixture.Nodes;
        var token = await LinkAsync(nodes);
        using var toA = new HttpClient { BaseAddress = new Uri(nodes.A.Origin) };
        using var toB = new HttpClient { BaseAddress = new Uri(nodes.B.Origin) };

        var form = await toA.GetStringAsync(new Uri($"/s/{token}?r=4", UriKind.Relative));
        using var onB = await toB.PostAsync(new Uri($"/s/{token}", UriKind.Relative), new FormUrlEncodedContent([new("r", "4"), new("af", Seal(form))]));
        using var againOnA = await toA.PostAsync(new Uri($"/s/{token}", UriKind.Relative), new FormUrlEncodedContent([new("r", "2"), new("af", Seal(form))]));

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains("شكراً لكم، وصلنا تقييمكم.", await onB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("وصلنا تقييمكم من قبل", await againOnA.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["4 SurveyPage"], await nodes.RowsAsync("SELECT overall || ' ' || source FROM survey_responses"));
    }

    [Fact]
    public async Task TwoNodes_GuesserAlternatingNodes_LimitedAfterTheAllowanceCountedAcrossBoth()
    {
        var nodes = fixture.Nodes;
        using var toA = new HttpClient { BaseAddress = new Uri(nodes.A.Origin) };
        using var toB = new HttpClient { BaseAddress = new Uri(nodes.B.Origin) };
        var allowed = new Tarmeem.Surveys.SurveyOptions().FailedLookupsPerMinute;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= allowed + 1; i++)
        {
            statuses.Add(await ServeHost.GetForAsync(i % 2 == 0 ? toA : toB, $"/s/{SurveyTokens.Create()}", "203.0.113.7"));
        }

        var neighbour = await ServeHost.GetForAsync(toB, $"/s/{SurveyTokens.Create()}", "198.51.100.9");

        Assert.All(statuses[..allowed], status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.All(statuses[allowed..], status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.NotFound, neighbour);
    }

    private static List<JobRunRow> Finished(IReadOnlyList<JobRunRow> runs) => [.. runs.Where(r => r.FinishedAt is not null)];

    /// <summary>An invitation planned in the shared store and a link token for it, as the dispatch job leaves them.</summary>
    private static async Task<string> LinkAsync(TwoServeNodes nodes)
    {
        var now = DateTimeOffset.UtcNow;
        var id = SurveyIds.New(now);
        await using var store = await nodes.OpenStoreAsync();
        await store.Surveys.UpsertContactsAsync([new SurveyContact(SurveySubjectKind.Inquiry, "INQ-00001", "person1@example.org")], now, CancellationToken.None);
        await store.Surveys.CommitPlanAsync(
            [new PlannedMessage(id, OutboxKind.Initial, ContactKeys.For("person1@example.org"), now, new SurveyInvitation
            {
                Id = id, SubjectKind = SurveySubjectKind.Inquiry, SubjectId = "INQ-00001", Channel = Channel.Website, Branch = Branch.Makkah,
                CreatedAt = now, ExpiresAt = now + TimeSpan.FromDays(14),
            })],
            now,
            CancellationToken.None);
        var token = SurveyTokens.Create();
        await store.Surveys.AddTokenAsync(SurveyTokens.Hash(token), id, now, CancellationToken.None);
        return token;
    }

    private static string Seal(string html) => WebUtility.HtmlDecode(SealField().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"af\" value=\"([^\"]+)\"")]
    private static partial Regex SealField();
}
