using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using Tarmeem.Core.Domain;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;
using Tarmeem.Core.Time;
using Tarmeem.GraphLoopback;
using Tarmeem.Host.Graph;
using Tarmeem.Host.Surveys;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Store.Records;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Outbox;
using Tarmeem.Surveys.Planning;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>
/// The loopback Graph server with the survey mailbox, the real Graph client and <see cref="GraphSurveyMailbox"/>, a
/// store in a temp folder and a clock fixed on Sunday 22 November 2026, 10:00 Riyadh (the window is open).
/// </summary>
internal sealed class SurveyHarness : IAsyncDisposable
{
    public const string MailboxUpn = "relations@tarmeem.example";
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(3));

    private readonly string _folder;
    private readonly GraphServiceClient _client;

    private SurveyHarness(GraphLoopbackServer server, string folder, SqlServiceRecordStore records, string publicBaseUrl, int maxRetries)
    {
        Server = server;
        _folder = folder;
        Records = records;
        Surveys = new SqlSurveyStore(records);
        Options = new SurveyOptions { Mailbox = MailboxUpn, PublicBaseUrl = publicBaseUrl, AmbiguousRetryDelay = TimeSpan.Zero, DailyCap = 10_000 };
        _client = GraphClientBuilder.Build(
            new GraphOptions { BaseUrl = server.BaseUrl, MaxRetries = maxRetries, RetryBaseDelay = TimeSpan.FromMilliseconds(10) }, new FixedTokenCredential(server.Settings.AcceptedToken), TimeProvider.System, NullLogger.Instance);
        Mailbox = new GraphSurveyMailbox(_client, MailboxUpn);
        Window = new SendWindow(Options, BusinessCalendar.Default);
        Composer = new SurveyEmailComposer(SurveyTemplates.Load(null), new SurveyLinks(publicBaseUrl), BusinessCalendar.Default);
    }

    public GraphLoopbackServer Server { get; }

    public SqlServiceRecordStore Records { get; }

    public SqlSurveyStore Surveys { get; }

    public SurveyOptions Options { get; }

    public GraphSurveyMailbox Mailbox { get; }

    public SendWindow Window { get; }

    public SurveyEmailComposer Composer { get; private set; }

    public FakeTimeProvider Clock { get; } = new(Now);

    /// <summary>Points the links in composed mail at a survey page started after the harness.</summary>
    public void UsePublicBaseUrl(string publicBaseUrl)
    {
        Options.PublicBaseUrl = publicBaseUrl;
        Composer = new SurveyEmailComposer(SurveyTemplates.Load(null), new SurveyLinks(publicBaseUrl), BusinessCalendar.Default);
    }

    /// <param name="publicBaseUrl">Root of the links in composed mail.</param>
    /// <param name="maxRetries">The Graph client's retries, as production sets them (none unless a test is about them).</param>
    /// <param name="serverTime">The loopback server's clock (a slow Outbox moves by it), else the system's.</param>
    public static async Task<SurveyHarness> StartAsync(string publicBaseUrl = "https://survey.example.org", int maxRetries = 0, TimeProvider? serverTime = null)
    {
        var server = await GraphLoopbackServer.StartAsync(serverTime ?? TimeProvider.System, CancellationToken.None);
        server.Mail.AddMailbox("u-relations", MailboxUpn, "علاقات المستفيدين");
        var folder = Path.Combine(Path.GetTempPath(), "tarmeem-survey-host-tests", Guid.NewGuid().ToString("N"));
        var records = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = folder }, CancellationToken.None);
        return new SurveyHarness(server, folder, records, publicBaseUrl, maxRetries);
    }

    public SurveySender Sender(ISurveyStore? store = null, ISurveyMailbox? mailbox = null) =>
        new(store ?? Surveys, mailbox ?? Mailbox, Composer, Window, new SendPacer(TimeSpan.Zero, Clock), Options, Clock, NullLogger.Instance);

    /// <summary>Stores <paramref name="count"/> decided invitations, each to its own address, numbered from <paramref name="first"/>.</summary>
    public async Task<IReadOnlyList<PlannedMessage>> PlanAsync(int count, int first = 0)
    {
        var planned = new List<PlannedMessage>(count);
        var contacts = new List<SurveyContact>(count);
        for (var i = first; i < first + count; i++)
        {
            var id = SurveyIds.New(Now.AddMilliseconds(i));
            var subject = "INQ-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            var email = $"person{i}@example.org";
            contacts.Add(new SurveyContact(SurveySubjectKind.Inquiry, subject, email));
            planned.Add(new PlannedMessage(id, OutboxKind.Initial, ContactKeys.For(email), Now, new SurveyInvitation
            {
                Id = id,
                SubjectKind = SurveySubjectKind.Inquiry,
                SubjectId = subject,
                Channel = Channel.Website,
                Branch = Branch.Makkah,
                CreatedAt = Now,
                ExpiresAt = Now + TimeSpan.FromDays(14),
            }));
        }

        await Surveys.UpsertContactsAsync(contacts, Now, CancellationToken.None);
        await Surveys.CommitPlanAsync(planned, Now, CancellationToken.None);
        return planned;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await Surveys.DisposeAsync();
        await Records.DisposeAsync();
        await Server.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
