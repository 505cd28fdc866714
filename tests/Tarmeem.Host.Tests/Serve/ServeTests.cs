using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Tarmeem.Core.Domain;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;
using Tarmeem.GraphLoopback;
using Tarmeem.Host.Cli;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Store.Jobs;
using Tarmeem.Store.Surveys;

namespace Tarmeem.Host.Tests.Serve;

/// <summary>
/// <c>tarmeem serve</c> as an operator starts it, with a settings file, against the loopback Graph server: its jobs are
/// fired by hand (their cron slots are years away) and their effects checked where a user would see them.
/// </summary>
public sealed partial class ServeTests
{
    [Fact]
    public async Task Serve_JobsFired_SyncsSurveysAnswersOnItsPageAndDeliversTheMonthOnce()
    {
        using var temp = new TempFolder();
        await using var graph = await GraphLoopbackServer.StartAsync(SyncHarness.Timeout());
        ServiceSettings.AddMailboxes(graph);
        var lists = ListFixture.Create(graph);
        lists.AddCase(1);
        lists.AddInquiry(3);
        var data = temp.Sub("data");
        await SeedSurveyableInquiryAsync(data);
        var origin = "http://127.0.0.1:" + FreePort();
        var config = temp.Sub("tarmeem.json");
        await File.WriteAllTextAsync(config, ServiceSettings.Json(graph.BaseUrl, data, origin));

        await using var app = await StartAsync(graph, config);
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(origin) };
        using var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var sync = await FireAsync(app, TarmeemJobs.Sync, 1);
        Assert.True(sync.Last.Outcome == JobOutcome.Succeeded, sync.Last.Message);

        var dispatch = await FireAsync(app, TarmeemJobs.SurveyDispatch, 1);
        Assert.True(dispatch.Last.Outcome == JobOutcome.Succeeded, dispatch.Last.Message);
        Assert.StartsWith("Decided 1 invitations and 0 reminders; sent 1", dispatch.Last.Message, StringComparison.Ordinal);
        var invitation = Assert.Single(graph.Mail.Sent, m => m.UserId == "u-relations");
        Assert.Equal(["one@example.org"], invitation.Recipients);
        var link = WebUtility.HtmlDecode(RatingLink().Match(invitation.BodyContent!).Groups[1].Value);
        Assert.StartsWith(origin + "/s/", link, StringComparison.Ordinal);

        var form = await http.GetStringAsync(new Uri(link));
        Assert.Matches("id=\"r-5\"[^>]*checked", form);
        var answer = new Dictionary<string, string> { ["af"] = Antiforgery().Match(form).Groups[1].Value, ["r"] = "5", ["comment"] = "شكراً" };
        using var submitted = await http.PostAsync(new Uri(link[..link.IndexOf('?', StringComparison.Ordinal)]), new FormUrlEncodedContent(answer));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Contains("شكراً لكم، وصلنا تقييمكم.", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var monthly = await FireAsync(app, TarmeemJobs.MonthlyReport, 1);
        Assert.True(monthly.Last.Outcome == JobOutcome.Succeeded, monthly.Last.Message);
        var report = Assert.Single(graph.Mail.Sent, m => m.UserId == "u-reports");
        Assert.Equal([ServiceSettings.Manager], report.Recipients);
        var workbook = Assert.Single(report.Attachments);
        Assert.Equal(".xlsx", Path.GetExtension(workbook.Name));
        Assert.Equal("PK"u8.ToArray(), workbook.Bytes[..2]);
        var again = await FireAsync(app, TarmeemJobs.MonthlyReport, 2);
        Assert.Equal(JobOutcome.Skipped, again.Last.Outcome);
        Assert.Contains("already delivered", again.Last.Message, StringComparison.Ordinal);
        Assert.Single(graph.Mail.Sent, m => m.UserId == "u-reports");

        await app.StopAsync(SyncHarness.Timeout());
        await using var records = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = data }, SyncHarness.Timeout());
        await using var surveys = new SqlSurveyStore(records);
        Assert.Equal(1, (await surveys.CountStatusAsync(SyncHarness.Timeout())).ResponsesBySource["SurveyPage"]);
        var synced = await records.ReadAsync(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), CliRun.Now, SyncHarness.Timeout());
        Assert.Equal([ListFixture.CaseNumber(1)], synced.Cases.Select(c => c.CaseNumber));
    }

    internal static async Task<WebApplication> StartAsync(GraphLoopbackServer graph, string config)
    {
        var clock = new FakeTimeProvider(CliRun.Now);
        var context = new CliContext(new CliConsole(TextWriter.Null, TextWriter.Null), services =>
        {
            // Quartz needs a clock that moves; the services' clock is fixed on a Tuesday morning. Quartz registers its
            // provider as the container's TimeProvider, so the fixed one is added after it.
            services.AddQuartz(q => q.UseTimeProvider(TimeProvider.System));
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<TokenCredential>(new FixedTokenCredential(graph.Settings.AcceptedToken));
        });
        var parse = TarmeemCommandLine.Create(context).Parse(["serve", "--config", config]);
        var app = await ServeCommand.BuildAsync(parse, context, SyncHarness.Timeout());
        await app.StartAsync(SyncHarness.Timeout());
        return app;
    }

    /// <summary>Fires a job now and waits for its <paramref name="runs"/>-th recorded run to finish.</summary>
    internal static async Task<JobRunSummary> FireAsync(WebApplication app, TarmeemJob job, int runs)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(SyncHarness.Timeout());
        await scheduler.TriggerJob(job.Key, SyncHarness.Timeout());
        var stores = app.Services.GetRequiredService<IStoreFactory>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            await using (var store = await stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout()))
            {
                if ((await store.JobRuns.SummariesAsync(SyncHarness.Timeout())).FirstOrDefault(s => s.Job == job.Name) is { } summary
                    && summary.Succeeded + summary.Skipped + summary.Failed == runs && summary.Last.FinishedAt is not null)
                {
                    return summary;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The {job.Name} job did not finish run {runs} within a minute.");
    }

    private static async Task SeedSurveyableInquiryAsync(string data)
    {
        await using var records = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = data }, CancellationToken.None);
        var resolved = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(3));
        await records.UpsertInquiriesAsync(
            [new Inquiry { Id = "INQ-1", Channel = Channel.Phone, Branch = Branch.Makkah, Received = resolved.AddDays(-2), Resolved = resolved }],
            CancellationToken.None);
        await using var surveys = new SqlSurveyStore(records);
        await surveys.UpsertContactsAsync([new SurveyContact(SurveySubjectKind.Inquiry, "INQ-1", "one@example.org")], CliRun.Now, CancellationToken.None);
        SqliteConnection.ClearAllPools();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("href=\"([^\"]+\\?r=5)\"")]
    private static partial Regex RatingLink();

    [GeneratedRegex("name=\"af\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
