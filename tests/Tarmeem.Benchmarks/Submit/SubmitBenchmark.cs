using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Benchmarks.Nodes;
using Tarmeem.Benchmarks.Running;
using Tarmeem.Core.Domain;
using Tarmeem.Store;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sqlite;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys;
using Tarmeem.Surveys.Page;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Benchmarks.Submit;

/// <summary>
/// The survey page under <c>wrk</c> at 64 connections, each request a different invitation: a bare Kestrel endpoint in
/// the same process for the ratio, the token lookup alone, the form rendered without the store, the form's GET, and the
/// submit, each acknowledged only after its answer is committed.
/// </summary>
internal static partial class SubmitBenchmark
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var seconds = arguments.Option("--seconds", 20);
        var connections = arguments.Option("--connections", 64);
        var invitations = arguments.Option("--invitations", 1_000_000);
        var folder = Path.Combine(Path.GetTempPath(), "tarmeem-submit-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var clock = Stopwatch.StartNew();
            await using var records = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = folder }, cancellationToken);
            var tokens = await SeedAsync(records, invitations, cancellationToken);
            var tokenFile = Path.Combine(folder, "tokens.txt");
            // Each form carries the seal of its own link, as a browser gets it with the page; same key file as the page's.
            var seal = FormKeyFile.LoadOrCreate(folder);
            await File.WriteAllLinesAsync(tokenFile, tokens.Select(t => t + " " + seal.For(t, FormPurpose.Answer)), cancellationToken);
            Console.WriteLine($"seeded {invitations:N0} invitations with tokens in {clock.Elapsed.TotalSeconds:0.0} s");

            await using var surveys = new SqlSurveyStore(records);
            await using var app = Build(surveys, folder);
            await app.StartAsync(cancellationToken);
            var origin = app.Urls.First();
            await CheckSealAsync(origin, tokens[0], seal.For(tokens[0], FormPurpose.Answer), cancellationToken);

            Console.WriteLine($"load average before: {Wrk.LoadAverage()}");
            var bare = await WrkAsync(origin, tokenFile, "bare", seconds, connections, cancellationToken);
            var lookup = await WrkAsync(origin, tokenFile, "lookup", seconds, connections, cancellationToken);
            var render = await WrkAsync(origin, tokenFile, "render", seconds, connections, cancellationToken);
            var open = await WrkAsync(origin, tokenFile, "open", seconds, connections, cancellationToken);
            var unrecorded = await WrkAsync(origin, tokenFile, "unrecorded", seconds, connections, cancellationToken);
            var page = await WrkAsync(origin, tokenFile, "page", seconds, connections, cancellationToken);
            Console.WriteLine($"load average after : {Wrk.LoadAverage()}");
            await app.StopAsync(cancellationToken);

            var stored = Count(records.Location, "SELECT count(*) FROM survey_responses;");
            Console.WriteLine($"bare Kestrel : {bare}");
            Console.WriteLine($"lookup only  : {lookup}");
            Console.WriteLine($"render only  : {render}");
            Console.WriteLine($"open (GET)   : {open}");
            Console.WriteLine($"submit, not recorded: {unrecorded}");
            Console.WriteLine($"submit       : {page}");
            Console.WriteLine($"ratio        : open {open.PerSecond / bare.PerSecond:P0}, submit {page.PerSecond / bare.PerSecond:P0} of the bare endpoint's rate");
            Console.WriteLine($"answers stored: {stored:N0} for {page.Requests:N0} requests ({page.Errors} non-2xx or socket errors)");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static WebApplication Build(SqlSurveyStore surveys, string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<ISurveyStore>(surveys);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(Options.Create(new SurveyOptions()));
        builder.Services.AddSurveyPage(folder);
        var app = builder.Build();
        app.MapSurveyPage();
        app.MapPost("/bare", () => Results.Text("ok"));
        app.MapGet("/lookup/{token}", async (string token, CancellationToken ct) =>
            await surveys.FindByTokenHashAsync(SurveyTokens.Hash(token), ct) is { } found ? Results.Text(found.InvitationId) : Results.NotFound());
        // The page's own work without the store: seal and render the form for the token.
        var context = app.Services.GetRequiredService<SurveyPageContext>();
        app.MapGet("/render/{token}", (string token) =>
            context.Renderer.FreshForm("/s/" + token, 5, context.Seal.For(token, FormPurpose.Answer), "/s/" + token + "/optout"));
        // The submit's own work without the store: read the form, check the seal, render the thanks.
        app.MapPost("/unrecorded/{token}", async (HttpContext http, string token) =>
        {
            var posted = await http.Request.ReadFormAsync(http.RequestAborted);
            var form = SurveyAnswerForm.Read(posted);
            return context.Seal.IsValid(token, FormPurpose.Answer, posted[FormSeal.FieldName].ToString()) && form.Overall is { } overall
                ? new HtmlPageResult(200, context.Renderer.Thanks(overall, form.Comment), context.Renderer.ContentSecurityPolicy)
                : Results.BadRequest();
        });
        return app;
    }

    private static async Task<List<string>> SeedAsync(SqlServiceRecordStore records, int count, CancellationToken cancellationToken)
    {
        var invitations = SubmitSeed.Invitations(count);
        var tokens = SubmitSeed.Tokens(count).ToList();
        await records.UpsertInvitationsAsync(invitations, cancellationToken);
        // The store adds tokens one at a time as mail goes out; a million of them go in here in one transaction.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = records.Location }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO survey_tokens (token_hash, invitation_id, created_at) VALUES ($hash, $id, 0);";
        var hash = insert.Parameters.Add("$hash", SqliteType.Text);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        for (var i = 0; i < count; i++)
        {
            hash.Value = SurveyTokens.Hash(tokens[i]);
            id.Value = invitations[i].Id;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return tokens;
    }

    /// <summary>The seal written for wrk is the one the page puts in its form (same key file), or every submit would be refused.</summary>
    private static async Task CheckSealAsync(string origin, string token, string seal, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var form = await http.GetStringAsync(new Uri($"{origin}/s/{token}"), cancellationToken);
        if (WebUtility.HtmlDecode(FieldPattern().Match(form).Groups[1].Value) != seal)
        {
            throw new InvalidOperationException("The page's form seal differs from the benchmark's: they must share the key file.");
        }
    }

    private static Task<WrkResult> WrkAsync(string origin, string tokenFile, string mode, int seconds, int connections, CancellationToken cancellationToken) =>
        Wrk.RunAsync(origin, Path.Combine("Submit", "submit.lua"), [tokenFile, "2", mode], seconds, connections, cancellationToken);

    private static long Count(string database, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [GeneratedRegex("name=\"af\" value=\"([^\"]+)\"")]
    private static partial Regex FieldPattern();
}
