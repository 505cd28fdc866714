using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tarmeem.GraphLoopback;
using Tarmeem.Host.Cli;
using Tarmeem.Host.Review;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Store.Jobs;
using Tarmeem.Store.Sqlite;
using Tarmeem.Store.Review;

namespace Tarmeem.Host.Tests.Serve;

/// <summary>
/// The board report reviewed before it leaves, through <c>serve</c> and the loopback Graph server: a draft in the
/// review folder, the reviewers' mail, the approval page, the reviewer's edit made through the drive API, the check.
/// </summary>
public sealed partial class ServeReviewTests
{
    private const string Reviewer = "reviewer@tarmeem.example";
    private const string Board = "board@tarmeem.example";

    [Fact]
    public async Task Serve_BoardReport_DraftReviewedRefusedUntilCleanThenTheEditGoesToTheBoardOnce()
    {
        using var temp = new TempFolder();
        await using var graph = await GraphLoopbackServer.StartAsync(SyncHarness.Timeout());
        var (drive, origin, config) = await ConfigureAsync(graph, temp);
        await using var app = await ServeTests.StartAsync(graph, config);
        using var http = new HttpClient { BaseAddress = new Uri(origin) };

        // The quarterly job files the board report as a draft and asks the reviewer; the board gets nothing.
        var quarterly = await ServeTests.FireAsync(app, TarmeemJobs.QuarterlyReport, 1);
        Assert.True(quarterly.Last.Outcome == JobOutcome.Succeeded, quarterly.Last.Message);
        Assert.Contains("awaits review since", quarterly.Last.Message, StringComparison.Ordinal);
        var draft = Assert.Single(graph.Drive.Items(drive), i => i.Path.EndsWith(".docx", StringComparison.Ordinal));
        Assert.StartsWith("Review/2026/2026-Q3/", draft.Path, StringComparison.Ordinal);
        var asked = Assert.Single(ReviewerMails(graph));
        Assert.Contains("https://loopback.sharepoint.com/Shared%20Documents/" + Uri.EscapeDataString(draft.Path), WebUtility.HtmlDecode(asked.BodyContent!), StringComparison.Ordinal);
        Assert.Contains("<html dir=\"rtl\" lang=\"ar\">", asked.BodyContent, StringComparison.Ordinal);
        Assert.DoesNotContain(graph.Mail.Sent, m => m.Recipients.Contains(Board));

        // GET shows what goes where and records nothing.
        var link = ApprovalLink(asked);
        var page = await http.GetStringAsync(link);
        Assert.Contains(Board, page, StringComparison.Ordinal);
        Assert.Contains("اعتماد التقرير وإرساله", page, StringComparison.Ordinal);
        Assert.Equal(ReviewState.Pending, (await ReviewAsync(app)).State);
        var status = await CliRun.InvokeAsync("status", "--data", temp.Sub("data"));
        Assert.Contains("  board 2026-Q3 — awaiting review since 2026-11-24 10:00", status.Output, StringComparison.Ordinal);

        // The reviewer replaces the suggestions with the prompt of an empty template and approves: refused, the
        // reviewer told why, nothing to the board.
        await EditAsync(graph, drive, draft.Id, "(" + DraftCheck.Placeholder + " هنا)");
        var refused = WebUtility.HtmlDecode(await ApproveAsync(http, link));
        Assert.Contains("ما زالت عبارة «اكتب التوصية هنا»", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", refused, StringComparison.Ordinal);
        var why = ReviewerMails(graph)[^1];
        Assert.Contains("ما زالت عبارة «اكتب التوصية هنا»", WebUtility.HtmlDecode(why.BodyContent), StringComparison.Ordinal);
        Assert.DoesNotContain(graph.Mail.Sent, m => m.Recipients.Contains(Board));

        // The reviewer writes a recommendation but adds a phone number: refused again.
        await EditAsync(graph, drive, draft.Id, "١. تسريع الرد على الاستفسارات في فرع جدة، وللتواصل ٠٥٥١٢٣٤٥٦٧.");
        Assert.Contains("رقم هاتف", await ApproveAsync(http, ApprovalLink(ReviewerMails(graph)[^1])), StringComparison.Ordinal);
        Assert.Contains("أُضيف إلى المسودة رقم هاتف", WebUtility.HtmlDecode(ReviewerMails(graph)[^1].BodyContent), StringComparison.Ordinal);
        Assert.DoesNotContain(graph.Mail.Sent, m => m.Recipients.Contains(Board));
        Assert.Equal(ReviewState.Refused, (await ReviewAsync(app)).State);

        // A clean edit: approved, and what the board receives is the reviewer's text, with its PDF.
        var edited = await EditAsync(graph, drive, draft.Id, "١. تسريع الرد على الاستفسارات في فرع جدة خلال الربع القادم.");
        var last = ApprovalLink(ReviewerMails(graph)[^1]);
        Assert.Contains("أُرسل إلى المستلمين", await ApproveAsync(http, last), StringComparison.Ordinal);
        var sent = Assert.Single(graph.Mail.Sent, m => m.Recipients.Contains(Board));
        Assert.Equal(edited, sent.Attachments.Single(a => a.Name.EndsWith(".docx", StringComparison.Ordinal)).Bytes);
        Assert.Contains(sent.Attachments, a => a.Name.EndsWith(".docx.pdf", StringComparison.Ordinal));
        Assert.Equal(ReviewState.Delivered, (await ReviewAsync(app)).State);

        // Approving twice (the page again, then the command) delivers once.
        await ApproveAsync(http, last);
        var again = await CliRun.WithGraphAsync(graph, ["report", "approve", "--config", config, "--kind", "board", "--period", "2026-Q3"]);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("was already approved and delivered; nothing is sent again.", again.Output, StringComparison.Ordinal);
        Assert.Single(graph.Mail.Sent, m => m.Recipients.Contains(Board));
        await app.StopAsync(SyncHarness.Timeout());
    }


    [Fact]
    public async Task Serve_ApprovalWhileAnotherIsUnderWay_PageAndCommandSaySoAndNothingIsCheckedOrSent()
    {
        using var temp = new TempFolder();
        await using var graph = await GraphLoopbackServer.StartAsync(SyncHarness.Timeout());
        var (_, origin, config) = await ConfigureAsync(graph, temp);
        await using var app = await ServeTests.StartAsync(graph, config);
        using var http = new HttpClient { BaseAddress = new Uri(origin) };
        await ServeTests.FireAsync(app, TarmeemJobs.QuarterlyReport, 1);
        var link = ApprovalLink(Assert.Single(ReviewerMails(graph)));
        // Another process (a second node, or the command) is approving a review: it holds the approval lock.
        var elsewhere = new FileJobLock(Path.Combine(temp.Sub("data"), "locks"), "node-b", TimeProvider.System);

        await using (var held = await elsewhere.TryAcquireAsync(JobLocks.ReviewApproval, SyncHarness.Timeout()))
        {
            Assert.NotNull(held);
            using var response = await http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["approve"] = "yes" }));
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            var command = await CliRun.WithGraphAsync(graph, ["report", "approve", "--config", config, "--kind", "board", "--period", "2026-Q3"]);

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("يجري الآن اعتماد هذا التقرير وفحصه من طلب آخر", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
            Assert.Equal(CommandRunner.Busy, command.ExitCode);
            Assert.Contains("an approval of a report under review is running on node node-b since", command.Error, StringComparison.Ordinal);
            Assert.Equal(ReviewState.Pending, (await ReviewAsync(app)).State);
            Assert.Single(ReviewerMails(graph));
            Assert.DoesNotContain(graph.Mail.Sent, m => m.Recipients.Contains(Board));
        }

        // Once the other approval is over, this one goes through, and the board gets the report once.
        Assert.Contains("أُرسل إلى المستلمين", await ApproveAsync(http, link), StringComparison.Ordinal);
        Assert.Single(graph.Mail.Sent, m => m.Recipients.Contains(Board));
        await app.StopAsync(SyncHarness.Timeout());
    }


    /// <summary>The reviewer's and the board's mailboxes, a library drive, and serve's settings with a free port.</summary>
    private static async Task<(string Drive, string Origin, string Config)> ConfigureAsync(GraphLoopbackServer graph, TempFolder temp)
    {
        ServiceSettings.AddMailboxes(graph);
        var drive = graph.Drive.AddDrive();
        var origin = "http://127.0.0.1:" + ServeTests.FreePort();
        var config = temp.Sub("tarmeem.json");
        await File.WriteAllTextAsync(config, Settings(graph.BaseUrl, temp.Sub("data"), origin, drive, temp.Sub("reports")));
        return (drive, origin, config);
    }

    private static List<GraphLoopback.Mail.SentMailRecord> ReviewerMails(GraphLoopbackServer graph) =>
        [.. graph.Mail.Sent.Where(m => m.Recipients.Contains(Reviewer))];

    private static Uri ApprovalLink(GraphLoopback.Mail.SentMailRecord mail) =>
        new(WebUtility.HtmlDecode(ApproveHref().Match(mail.BodyContent!).Groups[1].Value));

    private static async Task<string> ApproveAsync(HttpClient http, Uri link)
    {
        using var response = await http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["approve"] = "yes" }));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The reviewer's edit: the draft read and written back through the drive API, the first recommendation replaced.</summary>
    private static async Task<byte[]> EditAsync(GraphLoopbackServer graph, string drive, string itemId, string recommendation)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", graph.Settings.AcceptedToken);
        var bytes = await http.GetByteArrayAsync(new Uri($"{graph.BaseUrl}/drives/{drive}/items/{itemId}/content"));
        using var buffer = new MemoryStream();
        buffer.Write(bytes);
        using (var document = WordprocessingDocument.Open(buffer, isEditable: true))
        {
            var paragraph = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
                .First(p => p.InnerText.Contains(DraftCheck.Placeholder, StringComparison.Ordinal)
                    || p.InnerText.StartsWith("١. ", StringComparison.Ordinal));
            var texts = paragraph.Descendants<Text>().ToList();
            texts[0].Text = recommendation;
            foreach (var rest in texts.Skip(1))
            {
                rest.Text = string.Empty;
            }
        }

        var edited = buffer.ToArray();
        using var put = await http.PutAsync(new Uri($"{graph.BaseUrl}/drives/{drive}/items/{itemId}/content"), new ByteArrayContent(edited));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        return edited;
    }

    private static async Task<ReportReview> ReviewAsync(WebApplication app) =>
        (await app.Services.GetRequiredService<ReportReviewService>().FindAsync(
            Reporting.Word.ReportKind.Board, Core.Time.ReportPeriod.Quarter(2026, 3), SyncHarness.Timeout()))!;

    /// <summary>The service's settings with a library, a reviewer, the approval page on the service's address and Word reports.</summary>
    private static string Settings(string graphBaseUrl, string data, string origin, string drive, string reports)
    {
        var json = JsonNode.Parse(ServiceSettings.Json(graphBaseUrl, data, origin))!;
        var tarmeem = json["Tarmeem"]!;
        var delivery = tarmeem["Delivery"]!.AsObject();
        delivery["DriveId"] = drive;
        delivery["LibraryFolder"] = "Reports";
        delivery["Reviewers"] = new JsonArray(Reviewer);
        delivery["ApprovalBaseUrl"] = origin;
        delivery["BoardRecipients"] = new JsonArray(Board);
        tarmeem["Schedule"]!["ReportFormats"] = "Xlsx, Docx";
        tarmeem["Reports"] = new JsonObject { ["OutputDirectory"] = reports };
        return json.ToJsonString();
    }

    [GeneratedRegex("href=\"([^\"]+/review/[^\"]+)\"")]
    private static partial Regex ApproveHref();
}
