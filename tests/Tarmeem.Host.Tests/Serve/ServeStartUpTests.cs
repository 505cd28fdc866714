using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;
using Tarmeem.GraphLoopback;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Store.Delivery;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Host.Tests.Serve;

/// <summary><c>tarmeem serve</c> starting after a kill: what the dead process left half done is closed or finished, once.</summary>
public sealed class ServeStartUpTests
{
    [Fact]
    public async Task Serve_KilledAfterTheMailBeforeTheLog_StartFindsTheMailRecordsOneDeliveryAndStatusIsTrue()
    {
        using var temp = new TempFolder();
        await using var graph = await GraphLoopbackServer.StartAsync(SyncHarness.Timeout());
        ServiceSettings.AddMailboxes(graph);
        var data = temp.Sub("data");
        var config = temp.Sub("tarmeem.json");
        await File.WriteAllTextAsync(config, ServiceSettings.Json(graph.BaseUrl, data, "http://127.0.0.1:" + ServeTests.FreePort()));
        var workbook = temp.Sub("tarmeem-quality-2026-10.xlsx");
        await File.WriteAllBytesAsync(workbook, [1, 2, 3]);

        // What the killed process left: the monthly job's run still Running, the delivery intended with one send begun,
        // and its e-mail, tagged, in the sender's Sent Items.
        var stores = SqliteStoreProvider.Factory(data, new FakeTimeProvider(CliRun.Now));
        await using (var store = await stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout()))
        {
            await store.JobRuns.RecordServiceStartAsync(CliRun.Now.AddDays(-40), SyncHarness.Timeout());
            await store.JobRuns.StartAsync(TarmeemJobs.MonthlyReport.Name, "node-a", CliRun.Now.AddMinutes(-30), SyncHarness.Timeout());
            var intent = await store.Deliveries.IntendAsync("management", "2026-10", CliRun.Now.AddMinutes(-29), 1, [workbook], again: false, SyncHarness.Timeout());
            await store.Deliveries.BeginAttemptAsync("management", "2026-10", SyncHarness.Timeout());
            graph.Mail.AddMessage("u-reports", "sentitems", SentCopy(intent.MailTag));
        }

        SqliteConnection.ClearAllPools();
        await using (var app = await ServeTests.StartAsync(graph, config))
        {
            await app.StopAsync(SyncHarness.Timeout());
        }

        SqliteConnection.ClearAllPools();
        var status = await CliRun.InvokeAsync("status", "--data", data);

        Assert.Empty(graph.Mail.Sent);
        Assert.Single(graph.Mail.Messages("u-reports", "sentitems"));
        await using (var store = await stores.OpenAsync(StoreArea.Live, SyncHarness.Timeout()))
        {
            var row = await store.Deliveries.FindAsync("management", "2026-10", SyncHarness.Timeout());
            Assert.Equal((DeliveryState.Delivered, 1, 1), (row!.State, row.Deliveries, row.Attempts));
            var runs = (await store.JobRuns.SummariesAsync(SyncHarness.Timeout())).ToDictionary(r => r.Job);
            Assert.Equal(JobOutcome.Interrupted, runs[TarmeemJobs.MonthlyReport.Name].Last.Outcome);
            Assert.Equal(JobOutcome.Succeeded, runs[ServiceStartUp.JobName].Last.Outcome);
        }

        Assert.Equal(0, status.ExitCode);
        Assert.DoesNotContain("Deliveries begun and not finished", status.Output, StringComparison.Ordinal);
        Assert.Contains("last run: 2026-11-24 09:30 on node node-a — Interrupted", status.Output, StringComparison.Ordinal);
        Assert.Contains("No report is due and undelivered", status.Output, StringComparison.Ordinal);
        Assert.Contains("  management 2026-10 — 2026-11-24 10:00 to 1 recipients, 1 files", status.Output, StringComparison.Ordinal);
    }

    private static JsonObject SentCopy(string tag) => new()
    {
        ["subject"] = "التقرير الشهري لجودة الخدمة — أكتوبر 2026",
        ["toRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = ServiceSettings.Manager } }),
        ["singleValueExtendedProperties"] = new JsonArray(new JsonObject { ["id"] = TaggedReportMessages.TagPropertyId, ["value"] = tag }),
    };
}
