using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Surveys.Page;
using Tarmeem.Surveys.Page.Nodes;
using Tarmeem.Surveys.Tokens;
using Npgsql;
using Tarmeem.Store.PostgreSql;
using Tarmeem.Testing.Postgres;

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
        var (connectionString, store) = await MigratedStoreAsync("serve_page_nodes");
        await using var _ = store;
        var protection = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var a = await ServeHost.BuildAsync(await SettingsAsync(temp, "a", connectionString, protection));
        await using var b = await ServeHost.BuildAsync(await SettingsAsync(temp, "b", connectionString, protection));
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
        Assert.Single(await RowsAsync(store, "SELECT purpose FROM page_keys"));
        Assert.Single(await RowsAsync(store, "SELECT client_key FROM failed_guesses"));
        Assert.False(File.Exists(Path.Combine(temp.Sub("a"), FormKeyFile.FileName)));
        Assert.False(File.Exists(Path.Combine(temp.Sub("b"), FormKeyFile.FileName)));
    }

    [Fact]
    public async Task Serve_NodeWithAnotherPageKeyProtection_RefusedAtStartAndTheKeyKept()
    {
        using var temp = new TempFolder();
        var (connectionString, store) = await MigratedStoreAsync("serve_page_other_kek");
        await using var _ = store;
        await using (var first = await ServeHost.BuildAsync(await SettingsAsync(temp, "a", connectionString, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))))
        {
        }

        var sealedKey = await RowsAsync(store, "SELECT protected_key FROM page_keys");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var other = await ServeHost.BuildAsync(await SettingsAsync(temp, "b", connectionString, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        });

        Assert.Contains($"cannot be opened with {PageKeyProtection.SettingKey}", error.Message, StringComparison.Ordinal);
        Assert.Equal(sealedKey, await RowsAsync(store, "SELECT protected_key FROM page_keys"));
    }

    /// <summary>A fresh database with the live schema at steps 1–9 and the page's step 11, through the store's own migrator.</summary>
    private static async Task<(string ConnectionString, NpgsqlDataSource Store)> MigratedStoreAsync(string name)
    {
        var cluster = await PostgresCluster.SharedAsync();
        var connectionString = await cluster.CreateDatabaseAsync($"{name}_{Environment.ProcessId}", CancellationToken.None);
        var store = PostgreSqlDataSources.Create(connectionString, PostgreSqlDataSources.LiveSchema);
        await PostgreSqlMigrator.ApplyAsync(
            store, PostgreSqlMigrations.All, TimeProvider.System, CancellationToken.None);
        return (connectionString, store);
    }

    private static async Task<List<string>> RowsAsync(NpgsqlDataSource store, string sql)
    {
        await using var command = store.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
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
