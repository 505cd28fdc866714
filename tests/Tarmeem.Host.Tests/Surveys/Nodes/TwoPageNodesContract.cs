using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Tarmeem.Host.Tests.Serve;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Page;
using Tarmeem.Surveys.Page.Nodes;
using Tarmeem.Surveys.Tokens;
using Tarmeem.Testing.Page;

namespace Tarmeem.Host.Tests.Surveys.Nodes;

/// <summary>
/// Two survey page nodes on real Kestrel (loopback ports of their own, data folders of their own) sharing one survey
/// store and one database for the page's key and misses, as two <c>serve</c> processes behind a balancer share them.
/// Run once per provider of the page tables by the derived classes.
/// </summary>
public abstract partial class TwoPageNodesContract : IAsyncLifetime
{
    private static readonly string[] Proxy = ["127.0.0.1"];
    private readonly PageKeyProtection _protection = PageKeyProtection.Parse(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    private readonly List<IAsyncDisposable> _owned = [];
    private SurveyHarness _harness = null!;
    private PageDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _harness = await SurveyHarness.StartAsync();
        _database = await CreateDatabaseAsync(_harness.Records.Location);
    }

    public async Task DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        await _database.DisposeAsync();
        await _harness.DisposeAsync();
    }

    /// <summary>The page tables for nodes whose survey store is the SQLite file at <paramref name="storePath"/>.</summary>
    protected abstract Task<PageDatabase> CreateDatabaseAsync(string storePath);

    [Fact]
    public async Task Post_FormFromNodeAPostedToNodeB_AcceptedAndRecordedOnce()
    {
        var token = await LinkAsync();
        var a = await NodeAsync();
        var b = await NodeAsync();
        using var toA = new HttpClient { BaseAddress = new Uri(a.Origin) };
        using var toB = new HttpClient { BaseAddress = new Uri(b.Origin) };

        var form = await toA.GetStringAsync($"/s/{token}?r=4");
        using var onB = await toB.PostAsync($"/s/{token}", new FormUrlEncodedContent([new("r", "4"), new("af", Seal(form))]));
        using var againOnA = await toA.PostAsync($"/s/{token}", new FormUrlEncodedContent([new("r", "2"), new("af", Seal(form))]));

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains("شكراً لكم، وصلنا تقييمكم.", await onB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("وصلنا تقييمكم من قبل", await againOnA.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await _harness.Surveys.CountStatusAsync(CancellationToken.None)).ResponsesBySource["SurveyPage"]);
        Assert.False(File.Exists(Path.Combine(a.DataDirectory, FormKeyFile.FileName)));
        Assert.False(File.Exists(Path.Combine(b.DataDirectory, FormKeyFile.FileName)));
    }

    [Fact]
    public async Task Get_GuesserAlternatingNodes_LimitedAfterTheSameMissesAsOnOneNode()
    {
        var token = await LinkAsync();
        using var toA = new HttpClient { BaseAddress = new Uri((await NodeAsync()).Origin) };
        using var toB = new HttpClient { BaseAddress = new Uri((await NodeAsync()).Origin) };
        var allowed = _harness.Options.FailedLookupsPerMinute;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= allowed + 1; i++)
        {
            statuses.Add(await ServeHost.GetForAsync(i % 2 == 0 ? toA : toB, $"/s/{SurveyTokens.Create()}", "203.0.113.7"));
        }

        var neighbour = await ServeHost.GetForAsync(toB, $"/s/{SurveyTokens.Create()}", "198.51.100.9");
        var validLinkWhileBlocked = await ServeHost.GetForAsync(toA, $"/s/{token}", "203.0.113.7");

        Assert.All(statuses[..allowed], status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.All(statuses[allowed..], status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.NotFound, neighbour);
        Assert.Equal(HttpStatusCode.OK, validLinkWhileBlocked);
    }

    private async Task<SurveyPageServer> NodeAsync()
    {
        // Each node has its own store instance (its own commit queue and connections) on the one file, as a process would.
        var surveys = new SqlSurveyStore(_harness.Records);
        _owned.Add(surveys);
        var node = await SurveyPageServer.StartAsync(surveys, _harness.Clock, _harness.Options, knownProxies: Proxy,
            beforePage: services => services.AddSharedSurveyPage(_ => _database.OpenAsync, _protection));
        _owned.Add(node);
        return node;
    }

    private async Task<string> LinkAsync()
    {
        var invitation = (await _harness.PlanAsync(1))[0].InvitationId;
        var token = SurveyTokens.Create();
        await _harness.Surveys.AddTokenAsync(SurveyTokens.Hash(token), invitation, SurveyHarness.Now, CancellationToken.None);
        return token;
    }

    private static string Seal(string html) => WebUtility.HtmlDecode(SealField().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"af\" value=\"([^\"]+)\"")]
    private static partial Regex SealField();
}
