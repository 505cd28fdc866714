using System.Net;
using System.Text.RegularExpressions;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Surveys.Page;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>The survey page over HTTP on real Kestrel: what GET and POST do and do not record, and the kind refusals.</summary>
public sealed partial class SurveyPageTests : IAsyncLifetime, IDisposable
{
    private SurveyHarness _harness = null!;
    private SurveyPageServer _page = null!;
    private HttpClient _http = null!;
    private string _token = "";
    private string _invitation = "";

    public async Task InitializeAsync()
    {
        _harness = await SurveyHarness.StartAsync();
        _page = await SurveyPageServer.StartAsync(_harness.Surveys, _harness.Clock, _harness.Options);
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(_page.Origin) };
        _invitation = (await _harness.PlanAsync(1))[0].InvitationId;
        _token = SurveyTokens.Create();
        await _harness.Surveys.AddTokenAsync(SurveyTokens.Hash(_token), _invitation, SurveyHarness.Now, CancellationToken.None);
    }

    public void Dispose() => _http.Dispose();

    public async Task DisposeAsync()
    {
        await _page.DisposeAsync();
        await _harness.DisposeAsync();
    }

    [Fact]
    public async Task Get_TappedRating_ShowsItChosenRtlAndRecordsNothing()
    {
        for (var i = 0; i < 3; i++)
        {
            using var response = await _http.GetAsync($"/s/{_token}?r=4");
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("<html dir=\"rtl\" lang=\"ar\">", html, StringComparison.Ordinal);
            Assert.Contains("id=\"r-4\" name=\"r\" value=\"4\" checked", html, StringComparison.Ordinal);
            Assert.DoesNotContain("value=\"5\" checked", html, StringComparison.Ordinal);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }

        Assert.Equal(0, await ResponsesAsync());
    }

    [Fact]
    public async Task Post_Answer_RecordedOnceAndSecondSubmitSaysAlreadyReceived()
    {
        var first = await SubmitAsync(("r", "5"), ("Courtesy", "4"), ("Speed", ""), ("comment", "شكراً لكم"));
        var second = await SubmitAsync(("r", "1"));

        Assert.Contains("شكراً لكم، وصلنا تقييمكم.", first, StringComparison.Ordinal);
        Assert.Contains("وصلنا تقييمكم من قبل", second, StringComparison.Ordinal);
        var counts = await _harness.Surveys.CountStatusAsync(CancellationToken.None);
        Assert.Equal(1, counts.ResponsesBySource["SurveyPage"]);
        Assert.Equal(1, counts.InvitationsByStatus["Answered"]);
    }

    [Fact]
    public async Task Post_CommentWithMarkup_ComesBackEncoded()
    {
        var html = await SubmitAsync(("r", "3"), ("comment", "<script>alert(1)</script> =HYPERLINK(\"http://x\")"));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutFormSeal_RefusedAndNothingRecorded()
    {
        using var response = await _http.PostAsync($"/s/{_token}", new FormUrlEncodedContent([new("r", "5")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await ResponsesAsync());
    }

    [Fact]
    public async Task Post_FromAnotherSitesPage_RefusedEvenWithTheSeal()
    {
        var form = await _http.GetStringAsync($"/s/{_token}");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/s/{_token}") { Content = new FormUrlEncodedContent([new("r", "1"), new("af", Seal(form))]) };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await _http.SendAsync(request);
        var sameSite = await SubmitAsync(("r", "5"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("شكراً لكم، وصلنا تقييمكم.", sameSite, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoRating_AsksForOneAndRecordsNothing()
    {
        var html = await SubmitAsync(("comment", "بدون تقييم"));

        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("بدون تقييم", html, StringComparison.Ordinal);
        Assert.Equal(0, await ResponsesAsync());
    }

    [Fact]
    public async Task Get_UnknownTokens_KindPageThenLimitedButValidLinkStillOpens()
    {
        for (var i = 0; i < _harness.Options.FailedLookupsPerMinute; i++)
        {
            using var miss = await _http.GetAsync($"/s/{SurveyTokens.Create()}?r=5");
            Assert.Equal(HttpStatusCode.NotFound, miss.StatusCode);
            Assert.Contains("لم نتمكن من فتح هذا الرابط", await miss.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var limited = await _http.GetAsync($"/s/{SurveyTokens.Create()}?r=5");
        using var valid = await _http.GetAsync($"/s/{_token}?r=5");
        var answered = await SubmitAsync(("r", "5"));
        _harness.Clock.Advance(TimeSpan.FromMinutes(1));
        using var nextMinute = await _http.GetAsync($"/s/{SurveyTokens.Create()}?r=5");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("محاولات كثيرة", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Contains("شكراً لكم، وصلنا تقييمكم.", answered, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, nextMinute.StatusCode);
    }

    [Fact]
    public async Task Get_ExpiredLinkRepeated_CountedAsMissesThenLimited()
    {
        _harness.Clock.Advance(TimeSpan.FromDays(14));
        for (var i = 0; i < _harness.Options.FailedLookupsPerMinute; i++)
        {
            using var expired = await _http.GetAsync($"/s/{_token}");
            Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        }

        using var limited = await _http.GetAsync($"/s/{_token}");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    [Fact]
    public async Task Pages_ContentSecurityPolicy_AllowsOnlyTheTemplatesOwnStyle()
    {
        using var form = await _http.GetAsync($"/s/{_token}");
        using var unknown = await _http.GetAsync($"/s/{SurveyTokens.Create()}");
        var html = await form.Content.ReadAsStringAsync();
        var style = StyleBlock().Match(html).Groups[1].Value;
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(style)));

        var policy = string.Join(";", form.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal($"default-src 'none'; style-src 'sha256-{hash}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'", policy);
        Assert.Equal(policy, string.Join(";", unknown.Headers.GetValues("Content-Security-Policy")));
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FormFetchedBeforeRestart_SubmitsAfterIt()
    {
        using var temp = new TempFolder();
        var folder = temp.Sub("data");
        string form;
        await using (var before = await SurveyPageServer.StartAsync(_harness.Surveys, _harness.Clock, _harness.Options, folder))
        {
            using var first = new HttpClient { BaseAddress = new Uri(before.Origin) };
            form = await first.GetStringAsync($"/s/{_token}");
        }

        await using var after = await SurveyPageServer.StartAsync(_harness.Surveys, _harness.Clock, _harness.Options, folder);
        using var http = new HttpClient { BaseAddress = new Uri(after.Origin) };

        using var response = await http.PostAsync($"/s/{_token}", new FormUrlEncodedContent([new("r", "4"), new("af", Seal(form))]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("شكراً لكم، وصلنا تقييمكم.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await ResponsesAsync());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, FormKeyFile.FileName)));
        }
    }

    [Fact]
    public async Task Post_SealFromAnotherKeyOrAnotherLink_RefusedAndNothingRecorded()
    {
        var other = SurveyTokens.Create();
        await _harness.Surveys.AddTokenAsync(SurveyTokens.Hash(other), _invitation, SurveyHarness.Now, CancellationToken.None);
        var otherForm = await _http.GetStringAsync($"/s/{other}");
        await using var elsewhere = await SurveyPageServer.StartAsync(_harness.Surveys, _harness.Clock, _harness.Options);
        using var foreign = new HttpClient { BaseAddress = new Uri(elsewhere.Origin) };
        var foreignForm = await foreign.GetStringAsync($"/s/{_token}");

        using var wrongLink = await _http.PostAsync($"/s/{_token}", new FormUrlEncodedContent([new("r", "5"), new("af", Seal(otherForm))]));
        using var wrongKey = await _http.PostAsync($"/s/{_token}", new FormUrlEncodedContent([new("r", "5"), new("af", Seal(foreignForm))]));
        using var wrongForm = await _http.PostAsync($"/s/{_token}/optout", new FormUrlEncodedContent([new("af", Seal(await _http.GetStringAsync($"/s/{_token}")))]));

        Assert.Equal(HttpStatusCode.BadRequest, wrongLink.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongForm.StatusCode);
        Assert.Equal(0, await ResponsesAsync());
        Assert.Empty((await _harness.Surveys.ReadHistoryAsync(CancellationToken.None)).OptedOut);
    }

    [Fact]
    public async Task Get_AfterFourteenDays_KindExpiredPage()
    {
        _harness.Clock.Advance(TimeSpan.FromDays(14));

        using var response = await _http.GetAsync($"/s/{_token}?r=5");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("انتهت مدة هذا الاستبيان", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptOut_GetOnlyAsks_PostStopsFurtherSurveys()
    {
        var confirm = await _http.GetStringAsync($"/s/{_token}/optout");
        Assert.Empty((await _harness.Surveys.ReadHistoryAsync(CancellationToken.None)).OptedOut);

        using var done = await _http.PostAsync($"/s/{_token}/optout", new FormUrlEncodedContent([new("af", Seal(confirm))]));

        Assert.Contains("تم إيقاف رسائل الاستبيان", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single((await _harness.Surveys.ReadHistoryAsync(CancellationToken.None)).OptedOut);
    }

    private async Task<string> SubmitAsync(params (string Name, string Value)[] fields)
    {
        var form = await _http.GetStringAsync($"/s/{_token}");
        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("af", Seal(form)));
        using var response = await _http.PostAsync($"/s/{_token}", new FormUrlEncodedContent(pairs));
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<int> ResponsesAsync() =>
        (await _harness.Surveys.CountStatusAsync(CancellationToken.None)).ResponsesBySource.Values.Sum();

    private static string Seal(string html) => WebUtility.HtmlDecode(SealField().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"af\" value=\"([^\"]+)\"")]
    private static partial Regex SealField();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();
}
