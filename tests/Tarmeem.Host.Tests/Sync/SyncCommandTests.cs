using Tarmeem.Store.Sqlite;
using System.CommandLine;
using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tarmeem.GraphLoopback;
using Tarmeem.Host.Cli;
using Tarmeem.Host.Graph;
using Tarmeem.Host.Delivery;
using Microsoft.Extensions.Time.Testing;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Host.Sync;
using Tarmeem.Host.Tests.Serve;
using Tarmeem.Surveys;

namespace Tarmeem.Host.Tests.Sync;

public sealed class SyncCommandTests
{
    [Fact]
    public async Task SyncThenCheck_ThroughTheCli_SyncIncrementallyAndReportUnmappedChoicesWithTheirKey()
    {
        await using var server = await GraphLoopbackServer.StartAsync(SyncHarness.Timeout());
        var lists = ListFixture.Create(server);
        lists.AddCase(1);
        lists.AddCase(2, "أخرى");
        lists.AddInquiry(3);
        var folder = Path.Combine(Path.GetTempPath(), "tarmeem-sync-cli", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var config = Path.Combine(folder, "tarmeem.json");
        await File.WriteAllTextAsync(config, ConfigJson(server.BaseUrl, Path.Combine(folder, "data")));
        try
        {
            var first = await RunAsync(server, "sync", "--config", config);
            Assert.True(first.ExitCode == 0, first.Error);
            Assert.Contains("cases: 2 added, 0 changed, 0 deleted, 0 quarantined (1 pages, full read)", first.Output, StringComparison.Ordinal);
            Assert.Contains("inquiries: 1 added", first.Output, StringComparison.Ordinal);
            Assert.Contains("cases: page 1", first.Error, StringComparison.Ordinal);

            lists.AddCase(3);
            var second = await RunAsync(server, "sync", "--config", config);
            Assert.Contains("cases: 1 added, 0 changed, 0 deleted, 0 quarantined (1 pages)", second.Output, StringComparison.Ordinal);

            var check = await RunAsync(server, "check", "--config", config);
            Assert.Equal(CommandRunner.InputError, check.ExitCode);
            Assert.Contains("ok      signed in", check.Output, StringComparison.Ordinal);
            Assert.Contains(ListFixture.Channel + " = القناة [choice]", check.Output, StringComparison.Ordinal);
            Assert.Contains("PROBLEM Tarmeem:Sources:Cases:Channels: choice 'أخرى'", check.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Cases:Channels: choice 'واتساب'", check.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Sync_ASyncRunsInAnotherProcess_ExitsBusyNamingTheNodeAndTouchesNothing()
    {
        await using var server = await GraphLoopbackServer.StartAsync(SyncHarness.Timeout());
        ListFixture.Create(server).AddCase(1);
        using var folder = new Cli.TempFolder();
        var data = folder.Sub("data");
        var config = Path.Combine(folder.Path, "tarmeem.json");
        await File.WriteAllTextAsync(config, ConfigJson(server.BaseUrl, data));
        var since = new DateTimeOffset(2026, 12, 3, 10, 15, 2, TimeSpan.Zero);
        var other = new FileJobLock(Path.Combine(data, "locks"), "web-2-812", new FakeTimeProvider(since));
        await using var held = await other.TryAcquireAsync(JobLocks.Sync, SyncHarness.Timeout());

        var run = await RunAsync(server, "sync", "--config", config);

        Assert.Equal((CommandRunner.Busy, 3), (run.ExitCode, CommandRunner.Busy));
        Assert.Equal("error: a sync is running on node web-2-812 since 2026-12-03 10:15:02 UTC; try again later." + Environment.NewLine, run.Error);
        Assert.False(File.Exists(Path.Combine(data, "tarmeem.db")));
    }

    [Fact]
    public async Task Sync_NoSourceConfigured_SaysWhichKeysToSet()
    {
        var run = await RunAsync(null, "sync", "--data", Path.Combine(Path.GetTempPath(), "tarmeem-sync-cli", Guid.NewGuid().ToString("N")));

        Assert.Equal(CommandRunner.InputError, run.ExitCode);
        Assert.Contains("Tarmeem:Sources:Cases", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExampleSettings_AtRepositoryRoot_BindAndPassEveryValidation()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Tarmeem.Office.sln")))
        {
            root = root.Parent;
        }

        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(root!.FullName, "appsettings.example.json")).Build();
        var sources = configuration.GetSection(SourcesOptions.Section).Get<SourcesOptions>()!;
        var graph = configuration.GetSection(GraphOptions.Section).Get<GraphOptions>()!;

        var result = new SourcesOptionsValidator().Validate(null, sources);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal("Title", sources.Cases!.Columns["CaseNumber"]);
        Assert.Equal("SocialMedia", sources.Cases.Channels["واتساب"]);
        Assert.Equal(GraphAuthMode.Certificate, graph.Auth);
        Assert.Equal(TimeSpan.FromMinutes(2), graph.MaxRetryDelay);
        Assert.Equal("BeneficiaryEmail", sources.Cases.Columns["ContactEmail"]);
        var surveys = configuration.GetSection(SurveyOptions.Section).Get<SurveyOptions>()!;
        var delivery = configuration.GetSection(DeliveryOptions.Section).Get<DeliveryOptions>()!;
        var schedule = configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>()!;
        var retention = configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>()!;
        Assert.All(
            [
                new SurveyOptionsValidator().Validate(null, surveys), new DeliveryOptionsValidator().Validate(null, delivery),
                new ScheduleOptionsValidator().Validate(null, schedule), new RetentionOptionsValidator().Validate(null, retention),
            ],
            r => Assert.True(r.Succeeded, r.FailureMessage));
        Assert.Equal((TimeSpan.FromDays(30), 2, TimeSpan.FromDays(180)), (surveys.PerContactInterval, delivery.ManagementRecipients.Count, retention.Contacts));
        Assert.Equal(new ScheduleOptions().SurveyDispatch, schedule.SurveyDispatch);
        // Every survey setting an operator may need is in the example, at its default.
        Assert.Equal((true, TimeSpan.FromMinutes(10), ""), (surveys.SkipHolidays, surveys.AmbiguousRetryDelay, surveys.TemplatesDirectory));
        foreach (var key in new[] { "Tarmeem:Surveys:SkipHolidays", "Tarmeem:Surveys:AmbiguousRetryDelay", "Tarmeem:Surveys:TemplatesDirectory", "Tarmeem:Reports:TemplatesDirectory" })
        {
            Assert.True(configuration.GetSection(key).Value is not null, $"{key} is missing from appsettings.example.json");
        }
    }

    internal static async Task<(int ExitCode, string Output, string Error)> RunAsync(GraphLoopbackServer? server, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(new CliConsole(output, error), services =>
        {
            if (server is not null)
            {
                services.AddSingleton<TokenCredential>(new FixedTokenCredential(server.Settings.AcceptedToken));
            }
        });
        var exitCode = await TarmeemCommandLine.Create(context).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string ConfigJson(string baseUrl, string data) =>
        JsonSerializer.Serialize(new { Tarmeem = new { Data = new { Directory = data }, Graph = ServiceSettings.Graph(baseUrl), Sources = ServiceSettings.Sources() } });
}
