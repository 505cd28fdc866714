using System.Text.Json;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tarmeem.GraphLoopback;
using Tarmeem.GraphLoopback.Faults;
using Tarmeem.Host.Cli;
using Tarmeem.Host.Tests.Serve;
using Tarmeem.Host.Tests.Sync;

namespace Tarmeem.Host.Tests.Cli;

/// <summary>Sign-in failures and missing permissions end in one line naming the problem and what to do, never a stack trace.</summary>
public sealed class CleanErrorTests
{
    private const string TenantId = "8a6e3c52-1111-4c1b-9d55-0a1b2c3d4e5f";

    [Fact]
    public async Task Check_SurveyMailboxReadable_SaysDraftsAndSentItemsCanBeListed()
    {
        await using var server = await StartAsync();
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync(Token(server), "check", "--config", await SettingsAsync(temp, server.BaseUrl));

        Assert.Contains($"ok      survey mailbox {ServiceSettings.SurveyMailbox}: Drafts can be listed", run.Output, StringComparison.Ordinal);
        Assert.Contains($"ok      survey mailbox {ServiceSettings.SurveyMailbox}: Sent Items can be listed", run.Output, StringComparison.Ordinal);
        Assert.Contains(server.Log.Entries, r => r.Path.Contains("/mailFolders/sentitems/messages", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Check_SentItemsForbidden_NamesSurveyMailboxKeyAndPermission()
    {
        await using var server = await StartAsync();
        server.Faults.Inject("/mailFolders/sentitems/messages", new GraphFault(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.", null), times: 5);
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync(Token(server), "check", "--config", await SettingsAsync(temp, server.BaseUrl));

        Assert.Equal(CommandRunner.InputError, run.ExitCode);
        var problem = Assert.Single(run.Output.Split('\n'), l => l.StartsWith("PROBLEM Tarmeem:Surveys:Mailbox", StringComparison.Ordinal));
        Assert.Contains("Sent Items", problem, StringComparison.Ordinal);
        Assert.Contains("403", problem, StringComparison.Ordinal);
        Assert.Contains("lacks permission", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("sync")]
    public async Task Command_AuthorityHostPlainHttpLoopback_RefusedAtStartNamingTheKey(string command)
    {
        using var temp = new TempFolder();
        var settings = await SettingsAsync(temp, "https://graph.microsoft.com/v1.0", authorityHost: "http://127.0.0.1:9/");

        var run = await CliRun.InvokeAsync(command, "--config", settings);

        Assert.Equal(CommandRunner.InputError, run.ExitCode);
        Assert.Contains("Tarmeem:Graph:AuthorityHost", run.Error, StringComparison.Ordinal);
        Assert.Contains("https", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("sync")]
    [InlineData("survey send")]
    [InlineData("report --period 2019-Q2 --format xlsx --deliver")]
    public async Task Command_SignInFails_OneLineNamingWhatToCheck(string command)
    {
        // What Azure.Identity throws when the authority refuses the client (the real credential, pointed at an
        // authority that does not answer, gives the same type after its own retries: 12 s for check, 33 s for sync).
        await using var server = await StartAsync();
        using var temp = new TempFolder();
        var failing = new FailingCredential(new AuthenticationFailedException(
            "ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided.\nTrace ID: 0000"));

        string[] output = command.StartsWith("report", StringComparison.Ordinal) ? ["--out", temp.Sub("out")] : [];

        var run = await CliRun.InvokeAsync(
            services => services.AddSingleton<TokenCredential>(failing), [.. command.Split(' '), "--config", await SettingsAsync(temp, server.BaseUrl), .. output]);

        Assert.Equal(CommandRunner.InputError, run.ExitCode);
        var text = run.Output + run.Error;
        Assert.Contains("Sign-in to Microsoft Graph failed: ClientSecretCredential authentication failed: AADSTS7000215", text, StringComparison.Ordinal);
        Assert.Contains("Tarmeem:Graph:TenantId", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trace ID", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    private static async Task<GraphLoopbackServer> StartAsync()
    {
        var server = await GraphLoopbackServer.StartAsync(SyncHarness.Timeout());
        ListFixture.Create(server);
        ServiceSettings.AddMailboxes(server);
        return server;
    }

    private static Action<IServiceCollection> Token(GraphLoopbackServer server) =>
        services => services.AddSingleton<TokenCredential>(new FixedTokenCredential(server.Settings.AcceptedToken));

    private static async Task<string> SettingsAsync(TempFolder temp, string graphBaseUrl, string authorityHost = "https://login.microsoftonline.com/")
    {
        var path = temp.Sub("settings.json");
        var json = JsonSerializer.Serialize(new
        {
            Tarmeem = new
            {
                Data = new { Directory = temp.Sub("data") },
                Graph = new
                {
                    BaseUrl = graphBaseUrl,
                    AuthorityHost = authorityHost,
                    Auth = "Secret",
                    TenantId,
                    ClientId = "0f1e2d3c-2222-4b5a-8c7d-6e5f4a3b2c1d",
                    ClientSecret = "not-a-real-secret",
                    MaxRetries = 0,
                },
                Sources = ServiceSettings.Sources(),
                Surveys = new { Mailbox = ServiceSettings.SurveyMailbox, PublicBaseUrl = "https://surveys.tarmeem.example" },
                Delivery = new { Sender = ServiceSettings.ReportMailbox, ManagementRecipients = (string[])[ServiceSettings.Manager], BoardRecipients = (string[])[ServiceSettings.Manager] },
            },
        });
        await File.WriteAllTextAsync(path, json);
        return path;
    }

    private sealed class FailingCredential(Exception error) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => throw error;

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromException<AccessToken>(error);
    }
}
