using System.Net;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Surveys.Page;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Host.Tests.Serve;

/// <summary><c>tarmeem serve</c>'s web host behind a reverse proxy, from a settings file as an operator writes it.</summary>
public sealed class ServePageProxyTests
{
    private const string GraphNobody = "http://127.0.0.1:9/v1.0";

    [Fact]
    public async Task Serve_KnownProxyConfigured_MissesCountedPerForwardedClientAndFormKeyInDataFolder()
    {
        using var temp = new TempFolder();
        var data = temp.Sub("data");
        var config = temp.Sub("tarmeem.json");
        await File.WriteAllTextAsync(config, ServiceSettings.Json(GraphNobody, data, "http://127.0.0.1:0", ["127.0.0.1"]));
        await using var app = await ServeHost.BuildAsync(config);
        await app.StartAsync(CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i <= new Tarmeem.Surveys.SurveyOptions().FailedLookupsPerMinute; i++)
        {
            guesses.Add(await ServeHost.GetForAsync(http, $"/s/{SurveyTokens.Create()}", "203.0.113.7"));
        }

        var neighbour = await ServeHost.GetForAsync(http, $"/s/{SurveyTokens.Create()}", "198.51.100.9");
        await app.StopAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.TooManyRequests, guesses[^1]);
        Assert.All(guesses[..^1], status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.NotFound, neighbour);
        Assert.Equal(32, new FileInfo(Path.Combine(data, FormKeyFile.FileName)).Length);
    }

    [Fact]
    public async Task Serve_KnownProxyNotAnAddress_RefusedAtStartNamingTheKey()
    {
        using var temp = new TempFolder();
        var config = temp.Sub("tarmeem.json");
        await File.WriteAllTextAsync(config, ServiceSettings.Json(GraphNobody, temp.Sub("data"), "http://127.0.0.1:0", ["10.0.0.5", "proxy.internal"]));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = await ServeHost.BuildAsync(config);
        });

        Assert.Contains("Tarmeem:Schedule:KnownProxies:1 'proxy.internal' is not an address or network", error.Message, StringComparison.Ordinal);
    }
}
