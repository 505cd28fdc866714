using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Quartz;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;
using Tarmeem.Host.Cli;
using Tarmeem.Host.SampleMode;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Host.Tests.Serve;

/// <summary>
/// <c>tarmeem serve --sample</c> as an IT person tries it before registering anything in Entra ID: no Graph settings at
/// all, the printed links answered on the served page, and the mail found as <c>.eml</c> files.
/// </summary>
public sealed partial class ServeSampleTests
{
    private const string Never = "0 0 0 1 1 ? 2099";

    [Fact]
    public async Task ServeSample_NoGraphSettings_LinksOpenAnswerIsStoredAndMailIsWrittenAsEml()
    {
        using var temp = new TempFolder();
        var data = temp.Sub("data");
        var origin = "http://127.0.0.1:" + ServeTests.FreePort();
        await using var app = await StartSampleAsync(temp, origin);
        var links = app.Services.GetRequiredService<SampleStart>().SurveyLinks;
        Assert.Equal(3, links.Count);
        Assert.All(links, l => Assert.StartsWith(origin + "/s/", l, StringComparison.Ordinal));
        using var printed = new StringWriter();
        app.Services.GetRequiredService<SampleStart>().Print(printed);
        Assert.Contains(Path.Combine(data, "sample", "outbox-eml"), printed.ToString(), StringComparison.Ordinal);
        Assert.Contains(Path.Combine(data, "sample", "library"), printed.ToString(), StringComparison.Ordinal);
        Assert.Contains(origin + "/addin/demo.html", printed.ToString(), StringComparison.Ordinal);
        Assert.All(links, l => Assert.Contains("  " + l + Environment.NewLine, printed.ToString(), StringComparison.Ordinal));

        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() });
        var form = await http.GetStringAsync(new Uri(links[0] + "?r=4"));
        Assert.Contains("dir=\"rtl\"", form, StringComparison.Ordinal);
        var answer = new Dictionary<string, string> { ["af"] = Antiforgery().Match(form).Groups[1].Value, ["r"] = "4", ["comment"] = "تجربة" };
        using var submitted = await http.PostAsync(new Uri(links[0]), new FormUrlEncodedContent(answer));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        var demo = await http.GetStringAsync(new Uri(origin + "/addin/demo.html"));
        Assert.Contains("عرض تجريبي", demo, StringComparison.Ordinal);
        Assert.Contains("office-demo.js", demo, StringComparison.Ordinal);
        using (var pane = JsonDocument.Parse(await http.GetStringAsync(new Uri(origin + "/api/addin/status?conversationId=SAMPLE-DEMO-1"))))
        {
            Assert.True(pane.RootElement.GetProperty("recorded").GetBoolean());
            Assert.True(pane.RootElement.GetProperty("resolved").GetBoolean());
        }

        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(SyncHarness.Timeout());
        Assert.Null(await scheduler.GetJobDetail(TarmeemJobs.Sync.Key, SyncHarness.Timeout()));
        var alert = await ServeTests.FireAsync(app, TarmeemJobs.MorningAlert, 1);
        Assert.True(alert.Last.Outcome == JobOutcome.Succeeded, alert.Last.Message);
        var mailOut = Path.Combine(data, "sample", "outbox-eml");
        var alerts = Directory.GetFiles(mailOut, "*-report-alert-*.eml");
        Assert.Equal(5, alerts.Length);
        var surveys = Directory.GetFiles(Path.Combine(mailOut, FileSurveyMailbox.Folder), "*.eml");
        Assert.Equal(3, surveys.Length);
        foreach (var file in (string[])[alerts[0], surveys[0]])
        {
            using var message = await MimeMessage.LoadAsync(file, SyncHarness.Timeout());
            Assert.Contains("dir=\"rtl\"", message.HtmlBody, StringComparison.Ordinal);
            Assert.NotEmpty(message.To.Mailboxes);
        }

        await app.StopAsync(SyncHarness.Timeout());
        await using var records = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = Path.Combine(data, "sample") }, SyncHarness.Timeout());
        var stored = await records.ReadAsync(CliRun.Now.AddDays(-30), CliRun.Now.AddDays(1), SyncHarness.Timeout());
        var invited = stored.Invitations.Where(i => i.SubjectId.StartsWith("mail:SAMPLE-DEMO-", StringComparison.Ordinal)).Select(i => i.Id).ToHashSet();
        var response = Assert.Single(stored.Responses, r => invited.Contains(r.InvitationId));
        Assert.Equal(4, response.Overall);
    }

    [Fact]
    public async Task ServeSample_QuarterlyReport_DraftInTheLibraryFolderAndTheReviewRequestOpensTheApprovalPage()
    {
        using var temp = new TempFolder();
        var origin = "http://127.0.0.1:" + ServeTests.FreePort();
        await using var app = await StartSampleAsync(temp, origin);

        var quarterly = await ServeTests.FireAsync(app, TarmeemJobs.QuarterlyReport, 1);
        Assert.True(quarterly.Last.Outcome == JobOutcome.Succeeded, quarterly.Last.Message);
        Assert.Contains("awaits review since", quarterly.Last.Message, StringComparison.Ordinal);
        var library = Path.Combine(temp.Sub("data"), "sample", "library", "Review", "2026", "2026-Q3");
        Assert.Single(Directory.GetFiles(library, "*.docx"));
        var request = Assert.Single(Directory.GetFiles(Path.Combine(temp.Sub("data"), "sample", "outbox-eml"), "*-review-*.eml"));
        using var message = await MimeMessage.LoadAsync(request, SyncHarness.Timeout());
        Assert.Contains("dir=\"rtl\"", message.HtmlBody, StringComparison.Ordinal);
        var link = WebUtility.HtmlDecode(ApproveHref().Match(message.HtmlBody ?? "").Groups[1].Value);
        Assert.StartsWith(origin + "/review/", link, StringComparison.Ordinal);

        using var http = new HttpClient();
        var page = await http.GetStringAsync(new Uri(link));
        Assert.Contains("اعتماد التقرير وإرساله", page, StringComparison.Ordinal);

        // Approved as drafted: the board's mail is a file too, with the PDF LibreOffice made of the filed draft.
        using var approved = await http.PostAsync(new Uri(link), new FormUrlEncodedContent(new Dictionary<string, string> { ["approve"] = "yes" }));
        Assert.Contains("أُرسل إلى المستلمين", await approved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var board = Assert.Single(Directory.GetFiles(Path.Combine(temp.Sub("data"), "sample", "outbox-eml"), "*-report-board-*.eml"));
        using var sent = await MimeMessage.LoadAsync(board, SyncHarness.Timeout());
        Assert.Equal(["board@sample.tarmeem.example"], sent.To.Mailboxes.Select(m => m.Address));
        Assert.Contains(sent.Attachments, a => a.ContentDisposition?.FileName?.EndsWith(".docx.pdf", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Serve_WithoutSample_NoDemoPaneAndNoStatusWithoutToken()
    {
        using var temp = new TempFolder();
        var origin = "http://127.0.0.1:" + ServeTests.FreePort();
        var config = temp.Sub("tarmeem.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Tarmeem = new
            {
                Graph = ServiceSettings.Graph("http://127.0.0.1:9/v1.0"),
                Schedule = new { Urls = origin, Sync = "", SurveyDispatch = "", MonthlyReport = "", QuarterlyReport = "", AnnualReport = "", Retention = "", ReviewReminders = "" },
            },
        }));

        await using var app = await StartAsync(["serve", "--config", config, "--data", temp.Sub("data")]);
        using var http = new HttpClient();
        using var demo = await http.GetAsync(new Uri(origin + "/addin/demo.html"));
        Assert.Equal(HttpStatusCode.NotFound, demo.StatusCode);
        using var status = await http.GetAsync(new Uri(origin + "/api/addin/status?conversationId=SAMPLE-DEMO-1"));
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        using var pane = await http.GetAsync(new Uri(origin + "/addin/pane.html"));
        Assert.Equal(HttpStatusCode.OK, pane.StatusCode);
    }

    [Fact]
    public async Task ServeSample_MailOutWithoutSample_ExitsWithCode2()
    {
        var run = await CliRun.InvokeAsync("serve", "--mail-out", Path.GetTempPath());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--mail-out only makes sense with --sample", run.Error, StringComparison.Ordinal);
    }

    /// <summary><c>serve --sample</c> with only the served address and every schedule years away: no Graph, no mail settings.</summary>
    internal static async Task<WebApplication> StartSampleAsync(TempFolder temp, string origin)
    {
        var config = temp.Sub("tarmeem.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Tarmeem = new
            {
                Schedule = new { Urls = origin, SurveyDispatch = Never, MonthlyReport = Never, QuarterlyReport = Never, AnnualReport = Never, Retention = Never, ReviewReminders = Never },
                Alerts = new { Schedule = Never },
            },
        }));
        return await StartAsync(["serve", "--sample", "--config", config, "--data", temp.Sub("data")]);
    }

    private static async Task<WebApplication> StartAsync(string[] arguments)
    {
        var clock = new FakeTimeProvider(CliRun.Now);
        var context = new CliContext(new CliConsole(TextWriter.Null, TextWriter.Null), services =>
        {
            services.AddQuartz(q => q.UseTimeProvider(TimeProvider.System));
            services.AddSingleton<TimeProvider>(clock);
        });
        var app = await ServeCommand.BuildAsync(TarmeemCommandLine.Create(context).Parse(arguments), context, SyncHarness.Timeout());
        await app.StartAsync(SyncHarness.Timeout());
        return app;
    }

    [GeneratedRegex("href=\"([^\"]+/review/[^\"]+)\"")]
    private static partial Regex ApproveHref();

    [GeneratedRegex("name=\"af\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
