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
using Tarmeem.Benchmarks.Running;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Store;
using Tarmeem.Surveys;
using Tarmeem.Surveys.Page;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Benchmarks.Submit;

/// <summary>
/// The survey page's submit endpoint under <c>wrk</c> at 64 connections, each request a different invitation and each
/// acknowledged only after its answer is committed; then a bare Kestrel endpoint in the same process for the ratio.
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
            await using var records = await SqliteServiceRecordStore.OpenAsync(new StoreOptions { DataDirectory = folder }, cancellationToken);
            var tokens = await SeedAsync(records, invitations, cancellationToken);
            var tokenFile = Path.Combine(folder, "tokens.txt");
            await File.WriteAllLinesAsync(tokenFile, tokens, cancellationToken);
            Console.WriteLine($"seeded {invitations:N0} invitations with tokens in {clock.Elapsed.TotalSeconds:0.0} s");

            await using var surveys = new SqliteSurveyStore(records);
            await using var app = Build(surveys);
            await app.StartAsync(cancellationToken);
            var origin = app.Urls.First();
            var (cookie, field) = await AntiforgeryAsync(origin, tokens[0], cancellationToken);

            var bare = await WrkAsync(origin, tokenFile, cookie, field, "bare", seconds, connections, cancellationToken);
            var lookup = await WrkAsync(origin, tokenFile, cookie, field, "lookup", seconds, connections, cancellationToken);
            Console.WriteLine($"lookup only  : {lookup}");
            var open = await WrkAsync(origin, tokenFile, cookie, field, "open", seconds, connections, cancellationToken);
            var page = await WrkAsync(origin, tokenFile, cookie, field, "page", seconds, connections, cancellationToken);
            await app.StopAsync(cancellationToken);

            var stored = Count(records.DatabasePath, "SELECT count(*) FROM survey_responses;");
            Console.WriteLine($"bare Kestrel : {bare}");
            Console.WriteLine($"open (GET)   : {open}");
            Console.WriteLine($"submit       : {page}");
            Console.WriteLine($"ratio        : {page.PerSecond / bare.PerSecond:P0} of the bare endpoint's rate");
            Console.WriteLine($"answers stored: {stored:N0} for {page.Requests:N0} requests ({page.Errors} non-2xx or socket errors)");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static WebApplication Build(SqliteSurveyStore surveys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<ISurveyStore>(surveys);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(Options.Create(new SurveyOptions()));
        builder.Services.AddSurveyPage();
        var app = builder.Build();
        app.MapSurveyPage();
        app.MapPost("/bare", () => Results.Text("ok"));
        app.MapGet("/lookup/{token}", async (string token, CancellationToken ct) =>
            await surveys.FindByTokenHashAsync(SurveyTokens.Hash(token), ct) is { } found ? Results.Text(found.InvitationId) : Results.NotFound());
        return app;
    }

    private static async Task<List<string>> SeedAsync(SqliteServiceRecordStore records, int count, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var invitations = new List<SurveyInvitation>(count);
        var tokens = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            invitations.Add(new SurveyInvitation
            {
                Id = "B" + i.ToString(CultureInfo.InvariantCulture),
                SubjectKind = SurveySubjectKind.Inquiry,
                SubjectId = "INQ-" + i.ToString(CultureInfo.InvariantCulture),
                Channel = Channel.Website,
                Branch = Branch.Makkah,
                CreatedAt = now,
                SentAt = now,
                ExpiresAt = now.AddDays(14),
            });
            tokens.Add(SurveyTokens.Create());
        }

        await records.UpsertInvitationsAsync(invitations, cancellationToken);
        // The store adds tokens one at a time as mail goes out; a million of them go in here in one transaction.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = records.DatabasePath }.ToString());
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

    /// <summary>The antiforgery cookie and field a browser gets with the form; one pair serves every request of the run.</summary>
    private static async Task<(string Cookie, string Field)> AntiforgeryAsync(string origin, string token, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies });
        var form = await http.GetStringAsync(new Uri($"{origin}/s/{token}"), cancellationToken);
        var field = FieldPattern().Match(form).Groups[1].Value;
        return (cookies.GetCookieHeader(new Uri(origin)), Uri.EscapeDataString(WebUtility.HtmlDecode(field)));
    }

    private static async Task<WrkResult> WrkAsync(
        string origin, string tokenFile, string cookie, string field, string mode, int seconds, int connections, CancellationToken cancellationToken)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Submit", "submit.lua");
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", script, origin, "--", tokenFile, "2", cookie, field, mode])
        {
            start.ArgumentList.Add(argument);
        }

        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: install it with apt-get install wrk.");
        var output = await wrk.StandardOutput.ReadToEndAsync(cancellationToken);
        await wrk.WaitForExitAsync(cancellationToken);
        return WrkResult.Parse(output);
    }

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
