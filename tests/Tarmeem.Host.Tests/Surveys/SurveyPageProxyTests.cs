using System.Net;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>
/// The survey page behind a reverse proxy, wired as <c>serve</c> wires it: the proxy (here the test itself, on
/// 127.0.0.1) tells the real client in <c>X-Forwarded-For</c>, which is believed only from a known proxy.
/// </summary>
public sealed class SurveyPageProxyTests : IAsyncLifetime
{
    private const string Guesser = "203.0.113.7";
    private const string Neighbour = "198.51.100.9";
    private SurveyHarness _harness = null!;
    private string _token = "";

    public async Task InitializeAsync()
    {
        _harness = await SurveyHarness.StartAsync();
        _token = SurveyTokens.Create();
        await _harness.Surveys.AddTokenAsync(SurveyTokens.Hash(_token), (await _harness.PlanAsync(1))[0].InvitationId, SurveyHarness.Now, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Guesses_ThroughKnownProxy_LimitOnlyTheGuesserAndNeverAValidLink()
    {
        await using var page = await SurveyPageServer.StartAsync(_harness.Surveys, _harness.Clock, _harness.Options, knownProxies: ["127.0.0.1"]);
        using var http = new HttpClient { BaseAddress = new Uri(page.Origin) };
        await GuessAsync(http, Guesser, _harness.Options.FailedLookupsPerMinute);

        var guesserAgain = await GetAsync(http, $"/s/{SurveyTokens.Create()}", Guesser);
        var neighbourGuess = await GetAsync(http, $"/s/{SurveyTokens.Create()}", Neighbour);
        var guesserValid = await GetAsync(http, $"/s/{_token}", Guesser);
        var neighbourValid = await GetAsync(http, $"/s/{_token}", Neighbour);

        Assert.Equal(HttpStatusCode.TooManyRequests, guesserAgain);
        Assert.Equal(HttpStatusCode.NotFound, neighbourGuess);
        Assert.Equal(HttpStatusCode.OK, guesserValid);
        Assert.Equal(HttpStatusCode.OK, neighbourValid);
    }

    [Fact]
    public async Task Guesses_ThroughUnknownProxy_HeaderIgnoredEveryoneIsThatAddress()
    {
        await using var page = await SurveyPageServer.StartAsync(_harness.Surveys, _harness.Clock, _harness.Options, knownProxies: ["10.20.30.40"]);
        using var http = new HttpClient { BaseAddress = new Uri(page.Origin) };
        await GuessAsync(http, Guesser, _harness.Options.FailedLookupsPerMinute);

        var neighbourGuess = await GetAsync(http, $"/s/{SurveyTokens.Create()}", Neighbour);
        var neighbourValid = await GetAsync(http, $"/s/{_token}", Neighbour);

        Assert.Equal(HttpStatusCode.TooManyRequests, neighbourGuess);
        Assert.Equal(HttpStatusCode.OK, neighbourValid);
    }

    [Fact]
    public async Task Pages_OverHttpsThroughKnownProxy_SetNoCookieAtAll()
    {
        await using var page = await SurveyPageServer.StartAsync(_harness.Surveys, _harness.Clock, _harness.Options, knownProxies: ["127.0.0.1"]);
        using var http = new HttpClient { BaseAddress = new Uri(page.Origin) };
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/s/{_token}");
        get.Headers.Add("X-Forwarded-For", Neighbour);
        get.Headers.Add("X-Forwarded-Proto", "https");
        using var form = await http.SendAsync(get);
        var seal = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"af\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/s/{_token}") { Content = new FormUrlEncodedContent([new("r", "5"), new("af", seal)]) };
        post.Headers.Add("X-Forwarded-For", Neighbour);
        post.Headers.Add("X-Forwarded-Proto", "https");
        using var thanks = await http.SendAsync(post);

        // The anti-forgery value is bound to the link, so no cookie remains that could travel without Secure.
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.OK, thanks.StatusCode);
        Assert.False(form.Headers.Contains("Set-Cookie"));
        Assert.False(thanks.Headers.Contains("Set-Cookie"));
        Assert.Equal(1, (await _harness.Surveys.CountStatusAsync(CancellationToken.None)).ResponsesBySource["SurveyPage"]);
    }

    private static async Task GuessAsync(HttpClient http, string client, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, await GetAsync(http, $"/s/{SurveyTokens.Create()}", client));
        }
    }

    private static async Task<HttpStatusCode> GetAsync(HttpClient http, string path, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
