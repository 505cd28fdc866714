using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Tarmeem.Host.Cli;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Host.Tests.Serve;

namespace Tarmeem.Host.Tests.AddIn;

/// <summary>
/// The real <c>serve</c> on loopback with <c>Tarmeem:AddIn</c> pointed at a <see cref="LoopbackIssuer"/>, over a
/// real store into which tests put one mailed inquiry the way sync leaves it.
/// </summary>
internal sealed class AddInServer : IAsyncDisposable
{
    /// <summary>Base64 like Graph's conversation ids; the status is asked for by this, never by sender or subject.</summary>
    public const string Conversation = "AAQkAGI2TG93LWEzYjctNDcwNS05ZDgxLTMxYzQzNjZkODEwYgAQANTFx2Rz9kJAhHJ7uFz6Wgo=";
    public const string Sender = "beneficiary.private@example.net";
    public const string Comment = "شكراً لكم تعليق خاص جداً";
    public const int Score = 2;

    private readonly TempFolder temp;

    private AddInServer(WebApplication app, TempFolder temp)
    {
        App = app;
        this.temp = temp;
    }

    public WebApplication App { get; }

    public string Origin => App.Urls.First();

    /// <param name="branches">Tarmeem:Branches, when a test adds a branch in settings.</param>
    public static async Task<AddInServer> StartAsync(string authority, string? staffGroupId = null, JsonArray? branches = null)
    {
        var temp = new TempFolder();
        var settings = JsonNode.Parse(ServiceSettings.Json("http://127.0.0.1:9/v1.0", temp.Sub("data"), "http://127.0.0.1:0"))!;
        settings["Tarmeem"]!["AddIn"] = new JsonObject
        {
            ["AppId"] = "3f0c6a52-8d1e-4b7a-9c2f-5e4d3b2a1c0f",
            ["ClientId"] = LoopbackIssuer.Audience,
            ["Authority"] = authority,
            ["StaffRole"] = LoopbackIssuer.StaffRole,
            ["StaffGroupId"] = staffGroupId ?? "",
        };
        if (branches is not null)
        {
            settings["Tarmeem"]!["Branches"] = branches;
        }

        var config = temp.Sub("tarmeem.json");
        await File.WriteAllTextAsync(config, settings.ToJsonString());
        var context = new CliContext(new CliConsole(TextWriter.Null, TextWriter.Null));
        var app = await ServeCommand.BuildAsync(TarmeemCommandLine.Create(context).Parse(["serve", "--config", config]), context, CancellationToken.None);
        await app.StartAsync();
        return new AddInServer(app, temp);
    }

    /// <summary>
    /// A mailed inquiry, received Thursday 19 November 2026 14:00 Riyadh and answered Sunday 10:00 (20 business hours),
    /// resolved, surveyed and answered — with its sender kept as a survey contact and a score and comment that must
    /// never come out of the status API.
    /// </summary>
    public async Task SeedAnsweredInquiryAsync(string branch = "Jeddah")
    {
        var received = new DateTimeOffset(2026, 11, 19, 11, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var answered = new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var resolved = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(temp.Sub("data"), "tarmeem.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO mail_messages (folder, message_id, conversation_id, at) VALUES ('inbox', 'm1', '{Conversation}', {received}), ('sent', 'm2', '{Conversation}', {answered});
            INSERT INTO inquiries (id, channel, raw_channel, branch, category, received_at, first_response_at, resolved_at)
            VALUES ('mail:{Conversation}', 'Website', NULL, '{branch}', 'Other', {received}, {answered}, {resolved});
            INSERT INTO survey_contacts (subject_kind, subject_id, email_address, contact_key, updated_at)
            VALUES ('Inquiry', 'mail:{Conversation}', '{Sender}', 'k1', {resolved});
            INSERT INTO survey_invitations (id, subject_kind, subject_id, channel, branch, created_at, sent_at, reminder_sent_at, expires_at, status)
            VALUES ('inv1', 'Inquiry', 'mail:{Conversation}', 'Website', 'Jeddah', {resolved}, {resolved}, NULL, {resolved + 86_400_000L * 14}, 'Answered');
            INSERT INTO survey_responses (invitation_id, answered_at, overall, ease_of_procedures, courtesy, clarity_of_information, speed, comment, source)
            VALUES ('inv1', {resolved + 3_600_000L}, {Score}, 1, 1, 1, 1, '{Comment}', 'SurveyPage');
            """;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }
}
