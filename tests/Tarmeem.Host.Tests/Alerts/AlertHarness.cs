using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Tarmeem.Core.Domain;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;
using Tarmeem.Core.Time;
using Tarmeem.GraphLoopback;
using Tarmeem.Host.Alerts;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Graph;
using Tarmeem.Host.Sync;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Host.Tests.Sync;

namespace Tarmeem.Host.Tests.Alerts;

/// <summary>
/// A store with fixed cases and inquiries (Riyadh, early December 2026), the loopback Graph server and the real
/// alert service and Graph mailer over them. <see cref="Service"/> builds a fresh service, as a restarted process would.
/// </summary>
internal sealed class AlertHarness : IAsyncDisposable
{
    public const string Sender = "reports@tarmeem.example";

    /// <summary>Thursday 3 December 2026, 08:00 in Riyadh: a business morning.</summary>
    public static readonly DateTimeOffset ThursdayMorning = Riyadh(2026, 12, 3, 8);

    /// <summary>Sunday 6 December 2026, configured as a holiday.</summary>
    public static readonly DateOnly Holiday = new(2026, 12, 6);

    private readonly HttpClient uploadHttp = new();
    private readonly GraphServiceClient client;

    private AlertHarness(GraphLoopbackServer server)
    {
        Server = server;
        var auth = new AzureIdentityAuthenticationProvider(
            new FixedTokenCredential(server.Settings.AcceptedToken), allowedHosts: ["127.0.0.1"], observabilityOptions: null, isCaeEnabled: true, scopes: GraphClientBuilder.Scopes);
        client = new GraphServiceClient(auth, server.BaseUrl);
        Alerts.Enabled = true;
        Alerts.CaseItemUrl = "https://contoso.sharepoint.com/sites/Relations/Lists/Cases/DispForm.aspx?ID={id}";
        Alerts.Recipients["Jeddah"] = ["relations-jeddah@tarmeem.example"];
        Alerts.Recipients["Makkah"] = ["relations-makkah@tarmeem.example", "supervisor-makkah@tarmeem.example"];
        Alerts.Recipients["Taif"] = ["relations-taif@tarmeem.example"];
    }

    public GraphLoopbackServer Server { get; }

    public TempFolder Folder { get; } = new();

    public FakeTimeProvider Clock { get; } = new(ThursdayMorning);

    public AlertOptions Alerts { get; } = new();

    public string DataDirectory => Folder.Sub("data");

    public static DateTimeOffset Riyadh(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(3));

    public static async Task<AlertHarness> StartAsync()
    {
        var server = await GraphLoopbackServer.StartAsync(SyncHarness.Timeout());
        server.Mail.AddMailbox("8a1c2d3e-0000-4000-8000-000000000007", Sender, "تقارير ترميم");
        var harness = new AlertHarness(server);
        await harness.SeedAsync();
        return harness;
    }

    /// <summary>A fresh service over the same store and mailbox: what a restarted process would build.</summary>
    public MorningAlertService Service(Func<IReportMailer, IReportMailer>? wrap = null)
    {
        var delivery = Options.Create(new DeliveryOptions { Sender = Sender, AmbiguousLookupDelay = TimeSpan.Zero });
        var tarmeem = Options.Create(new TarmeemOptions { Data = new DataOptions { Directory = DataDirectory } });
        var calendar = new BusinessCalendar(RiyadhTime.Zone, [Holiday]);
        return new MorningAlertService(
            Composition(),
            new MailOnce(
                (wrap ?? (m => m))(new GraphReportMailer(client, new UploadSessionClient(uploadHttp), delivery, NullLogger<GraphReportMailer>.Instance)),
                delivery,
                Clock,
                NullLogger<MailOnce>.Instance),
            SqliteStoreProvider.Factory(tarmeem.Value.Data.Directory, Clock),
            Options.Create(Alerts),
            Clock,
            calendar,
            NullLogger<MorningAlertService>.Instance);
    }

    public MorningAlertComposition Composition() => new(
        Options.Create(Alerts),
        Options.Create(new TarmeemOptions { Data = new DataOptions { Directory = DataDirectory } }),
        Options.Create(new SourcesOptions()),
        SqliteStoreProvider.Factory(DataDirectory, Clock),
        new BusinessCalendar(RiyadhTime.Zone, [Holiday]));

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        uploadHttp.Dispose();
        client.Dispose();
        SqliteConnection.ClearAllPools();
        Folder.Dispose();
    }

    /// <summary>
    /// Jeddah: two cases past the 14 days, two at day 10–11, one too young, one decided last night, one rejected.
    /// Makkah: one case at day 13 and a mailed inquiry unanswered for two days. Taif: nothing to say.
    /// </summary>
    private async Task SeedAsync()
    {
        var cases = new[]
        {
            Case("J-101", Branch.Jeddah, Riyadh(2026, 11, 15, 10)) with { DataVerified = Riyadh(2026, 11, 16, 9), Attested = Riyadh(2026, 11, 17, 9) },
            Case("J-102", Branch.Jeddah, Riyadh(2026, 11, 18, 11)),
            Case("J-103", Branch.Jeddah, Riyadh(2026, 11, 23, 9)) with
            {
                DataVerified = Riyadh(2026, 11, 23, 12), Attested = Riyadh(2026, 11, 24, 9), SubmittedToCommittee = Riyadh(2026, 11, 26, 9),
            },
            Case("J-104", Branch.Jeddah, Riyadh(2026, 11, 22, 13)),
            Case("J-105", Branch.Jeddah, Riyadh(2026, 11, 25, 9)),
            Case("J-106", Branch.Jeddah, Riyadh(2026, 11, 10, 9)) with { DecisionAt = Riyadh(2026, 12, 2, 20), Decision = CaseDecision.Accepted },
            Case("J-107", Branch.Jeddah, Riyadh(2026, 11, 1, 9)) with { Decision = CaseDecision.Rejected },
            Case("M-201", Branch.Makkah, Riyadh(2026, 11, 20, 9)),
        };
        var inquiries = new[]
        {
            Inquiry("mail:conv-a", Branch.Makkah, Riyadh(2026, 12, 1, 9), null),
            Inquiry("mail:conv-b", Branch.Makkah, Riyadh(2026, 12, 2, 7), Riyadh(2026, 12, 2, 9)),
            Inquiry("list-7", Branch.Makkah, Riyadh(2026, 11, 30, 9), null),
        };
        await using (var store = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = DataDirectory }, Clock, CancellationToken.None))
        {
            await store.SaveAsync(new ServiceRecords { Cases = cases, Inquiries = inquiries }, CancellationToken.None);
        }

        // As sync leaves it: J-101 came from list item 17, J-102 from item 18; the others have no known item.
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, SqliteStore.DatabaseFileName)}");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO sync_items (source, item_id, record_key, round) VALUES ('cases', '17', 'J-101', 1), ('cases', '18', 'J-102', 1);";
        await command.ExecuteNonQueryAsync();
    }

    private static SupportCase Case(string number, Branch branch, DateTimeOffset received) =>
        new() { CaseNumber = number, Channel = Channel.InPerson, Branch = branch, Received = received };

    private static Inquiry Inquiry(string id, Branch branch, DateTimeOffset received, DateTimeOffset? firstResponse) =>
        new() { Id = id, Channel = Channel.Website, Branch = branch, Received = received, FirstResponse = firstResponse };
}
