using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Surveys.Page;
using Tarmeem.Surveys.Page.Nodes;
using Tarmeem.Surveys.Tokens;
using Tarmeem.Testing.Page;

namespace Tarmeem.Host.Tests.Serve;

/// <summary><c>tarmeem serve</c> with <c>Tarmeem:Data:Provider</c> PostgreSql: the page's key and misses in the shared store.</summary>
public sealed class ServePageNodesTests
{
    private const string GraphNobody = "http://127.0.0.1:9/v1.0";

    [Theory]
    [InlineData(null, "is missing")]
    [InlineData("c2hvcnQ=", "is not base64 of 32 bytes")]
    public async Task Serve_PostgreSqlWithoutAGoodPageKeyProtection_RefusedAtStartNamingTheKey(string? protection, string expected)
    {
        using var temp = new TempFolder();
        var config = await SettingsAsync(temp, "data", "Host=127.0.0.1;Port=9;Username=tarmeem;Database=none", protection);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var app = await ServeHost.BuildAsync(config);
        });

        Assert.StartsWith($"{PageKeyProtection.SettingKey} {expected}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_TwoNodesOnPostgreSql_OneSealedKeyInTheStoreAndAGuesserLimitedAcrossThem()
    {
        using var temp = new TempFolder();
        await using var database = await PostgresPageDatabase.CreateAsync();
        var protection = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var a = await ServeHost.BuildAsync(await SettingsAsync(temp, "a", database.ConnectionString, protection));
        await using var b = await ServeHost.BuildAsync(await SettingsAsync(temp, "b", database.ConnectionString, protection));
        await a.StartAsync(CancellationToken.None);
        await b.StartAsync(CancellationToken.None);
        using var toA = new HttpClient { BaseAddress = new Uri(a.Urls.First()) };
        using var toB = new HttpClient { BaseAddress = new Uri(b.Urls.First()) };
        var allowed = new Tarmeem.Surveys.SurveyOptions().FailedLookupsPerMinute;

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i <= allowed; i++)
        {
            guesses.Add(await ServeHost.GetForAsync(i % 2 == 0 ? toA : toB, $"/s/{SurveyTokens.Create()}", "203.0.113.7"));
        }

        await a.StopAsync(CancellationToken.None);
        await b.StopAsync(CancellationToken.None);

        Assert.All(guesses[..^1], status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, guesses[^1]);
        Assert.Single(await database.RowsAsync("SELECT name FROM page_keys"));
        Assert.Single(await database.RowsAsync("SELECT client_key FROM failed_guesses"));
        Assert.False(File.Exists(Path.Combine(temp.Sub("a"), FormKeyFile.FileName)));
        Assert.False(File.Exists(Path.Combine(temp.Sub("b"), FormKeyFile.FileName)));
    }

    private static async Task<string> SettingsAsync(TempFolder temp, string node, string connectionString, string? protection)
    {
        var settings = JsonNode.Parse(ServiceSettings.Json(GraphNobody, temp.Sub(node), "http://127.0.0.1:0", ["127.0.0.1"]))!;
        settings["Tarmeem"]!["Data"]!["Provider"] = "PostgreSql";
        settings["Tarmeem"]!["Data"]!["ConnectionString"] = connectionString;
        if (protection is not null)
        {
            settings["Tarmeem"]!["Surveys"]!["PageKeyProtection"] = protection;
        }

        var path = temp.Sub(node + ".json");
        await File.WriteAllTextAsync(path, settings.ToJsonString());
        return path;
    }
}
