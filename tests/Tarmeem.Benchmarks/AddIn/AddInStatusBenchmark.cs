using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Tarmeem.Benchmarks.Running;
using Tarmeem.Benchmarks.Submit;
using Tarmeem.Sample;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;
using Tarmeem.Core.Time;
using Tarmeem.Host.AddIn;
using Tarmeem.Host.Cli;

namespace Tarmeem.Benchmarks.AddIn;

/// <summary>
/// The add-in's status API under <c>wrk</c> in the real <c>serve</c> composition, over the sample year at scale 17
/// plus mailed inquiries, each request a random known conversation with a staff token checked against a loopback
/// issuer. Beside it in the same process: a bare endpoint, and the store read alone (no token).
/// </summary>
internal static class AddInStatusBenchmark
{
    private const double Scale = 17;
    private static readonly HttpClient Http = new();

    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var seconds = arguments.Option("--seconds", 20);
        var connections = arguments.Option("--connections", 64);
        var conversations = arguments.Option("--conversations", 20_000);
        var folder = Path.Combine(Path.GetTempPath(), "tarmeem-addin-bench", Guid.NewGuid().ToString("N"));
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        try
        {
            var clock = Stopwatch.StartNew();
            var (inquiries, ids) = await SeedAsync(data, conversations, cancellationToken);
            Console.WriteLine($"store: sample year at scale {Scale} ({inquiries:N0} inquiries in all, {conversations:N0} mailed) in {clock.Elapsed.TotalSeconds:0.0} s");

            await using var issuer = await BenchIssuer.StartAsync(cancellationToken);
            var config = Path.Combine(folder, "tarmeem.json");
            await File.WriteAllTextAsync(config, BenchSettings.Json(data, issuer.Authority), cancellationToken);
            var context = new CliContext(new CliConsole(TextWriter.Null, TextWriter.Null));
            await using var app = await ServeCommand.BuildAsync(TarmeemCommandLine.Create(context).Parse(["serve", "--config", config]), context, cancellationToken);
            app.MapGet("/bare", () => Results.Text("ok"));
            // The store read and the business hours alone: no token, no JSON; 404 for an id not found.
            app.MapGet("/reader", async (string conversationId, AddInStatusReader reader, CancellationToken ct) =>
                (await reader.ReadAsync(conversationId, ct)).Recorded ? Results.Ok() : Results.NotFound());
            await app.StartAsync(cancellationToken);
            var origin = app.Urls.First();

            var token = issuer.StaffToken();
            // Every tenth id, through both paths: the token is accepted and the ids are found, or the run would measure refusals.
            foreach (var id in ids.Where((_, i) => i % 10 == 0))
            {
                await CheckAsync(origin, "/api/addin/status", token, id, cancellationToken);
                await CheckAsync(origin, "/reader", token, id, cancellationToken);
            }

            var idFile = Path.Combine(folder, "ids.txt");
            await File.WriteAllLinesAsync(idFile, [token, .. ids.Select(Uri.EscapeDataString)], cancellationToken);

            Console.WriteLine($"machine: {Environment.ProcessorCount} cores; load average before: {Wrk.LoadAverage()}");
            var bare = await RunAsync("bare");
            var reader = await RunAsync("reader");
            var status = await RunAsync("status");
            Console.WriteLine($"load average after : {Wrk.LoadAverage()}");
            await app.StopAsync(cancellationToken);

            Console.WriteLine($"bare Kestrel : {bare}");
            Console.WriteLine($"reader only  : {reader}");
            Console.WriteLine($"status API   : {status}");
            Console.WriteLine($"ratio        : status {status.PerSecond / bare.PerSecond:P0} of the bare endpoint's rate");
            Console.WriteLine($"verdict      : p99 {status.P99Ms:0.00} ms {(status.P99Ms <= 20 ? "≤" : ">")} 20 ms, {status.Errors} errors");
            return status.P99Ms <= 20 && status.Errors == 0 ? 0 : 1;

            Task<WrkResult> RunAsync(string mode) =>
                Wrk.RunAsync(origin, Path.Combine("AddIn", "status.lua"), [idFile, mode], seconds, connections, cancellationToken);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The sample year as <c>report --sample --scale 17</c> loads it, then the mailed inquiries.</summary>
    private static async Task<(long Inquiries, IReadOnlyList<string> Ids)> SeedAsync(string data, int conversations, CancellationToken cancellationToken)
    {
        await using var store = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = data }, cancellationToken);
        var lastMonth = ReportPeriod.LastCompleteMonth(DateOnly.FromDateTime(DateTime.UtcNow)).Start;
        await store.SaveAsync(SampleDataGenerator.Generate(new SampleDataOptions { LastMonth = lastMonth, Scale = Scale }), cancellationToken);
        var ids = await MailedInquirySeed.WriteAsync(store.Location, conversations, cancellationToken);
        await using var connection = new SqliteConnection($"Data Source={store.Location};Mode=ReadOnly");
        await connection.OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM inquiries;";
        return ((long)(await count.ExecuteScalarAsync(cancellationToken))!, ids);
    }

    private static async Task CheckAsync(string origin, string path, string token, string conversationId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{origin}{path}?conversationId={Uri.EscapeDataString(conversationId)}"));
        request.Headers.Authorization = new("Bearer", token);
        using var response = await Http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode || (path != "/reader" && !body.Contains("\"recorded\":true", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} '{body}' for a seeded conversation with the staff token.");
        }
    }
}
