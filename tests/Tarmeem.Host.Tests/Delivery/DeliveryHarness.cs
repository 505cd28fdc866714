using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using Tarmeem.Core.Time;
using Tarmeem.GraphLoopback;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Graph;
using Tarmeem.Host.Review;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Host.Tests.Sync;

using Tarmeem.Store;
using Tarmeem.Store.Sqlite;

namespace Tarmeem.Host.Tests.Delivery;

/// <summary>The real delivery service and Graph adapters against the loopback server, a store in a temporary folder and a fixed clock.</summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    public const string Sender = "reports@tarmeem.example";
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 5, 0, 0, TimeSpan.Zero);

    private readonly GraphServiceClient client;
    private readonly HttpClient uploadHttp;

    private DeliveryHarness(GraphLoopbackServer server, DeliveryOptions options, Func<IReportMailer, IReportMailer>? wrapMailer)
    {
        Server = server;
        Options = options;
        DriveId = options.DriveId;

        // The production client and retry handler, with short waits: faults are answered as in the service.
        client = GraphClientBuilder.Build(
            new GraphOptions { BaseUrl = server.BaseUrl, RetryBaseDelay = TimeSpan.FromMilliseconds(10), MaxRetryDelay = TimeSpan.FromMilliseconds(50) },
            new FixedTokenCredential(server.Settings.AcceptedToken),
            TimeProvider.System,
            NullLogger.Instance);

        // As in production (DeliveryServiceRegistration): a plain client, so upload URLs get no bearer token.
        uploadHttp = new HttpClient();
        var uploads = new UploadSessionClient(uploadHttp);
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        var tarmeem = Microsoft.Extensions.Options.Options.Create(new TarmeemOptions { Data = new DataOptions { Directory = Folder.Sub("data") } });
        Mailer = new GraphReportMailer(client, uploads, wrapped, NullLogger<GraphReportMailer>.Instance);
        var once = new MailOnce(wrapMailer?.Invoke(Mailer) ?? Mailer, wrapped, Clock, NullLogger<MailOnce>.Instance);
        var library = new GraphReportLibrary(client, uploads, wrapped, NullLogger<GraphReportLibrary>.Instance);
        Service = new ReportDeliveryService(
            once,
            library,
            new ReportEmailComposer(wrapped),
            SqliteStoreProvider.Factory(tarmeem.Value.Data.Directory, Clock),
            wrapped,
            Clock,
            BusinessCalendar.Default,
            NullLogger<ReportDeliveryService>.Instance);
        Review = new ReportReviewService(
            Service,
            library,
            once,
            SqliteStoreProvider.Factory(tarmeem.Value.Data.Directory, Clock),
            wrapped,
            Clock,
            BusinessCalendar.Default,
            new FileJobLock(Folder.Sub("locks"), "test-node", Clock),
            NullLogger<ReportReviewService>.Instance);
    }

    public GraphLoopbackServer Server { get; }

    public DeliveryOptions Options { get; }

    public string DriveId { get; }

    public FakeTimeProvider Clock { get; } = new(Now);

    public TempFolder Folder { get; } = new();

    public ReportDeliveryService Service { get; }

    /// <summary>The review before delivery over the same mailer, library and store (reviewed only when <see cref="DeliveryOptions.Reviewers"/> lists someone).</summary>
    public ReportReviewService Review { get; }

    /// <summary>The real mailer, unwrapped.</summary>
    public GraphReportMailer Mailer { get; }

    /// <summary>The delivery log as a later run would open it.</summary>
    public IStoreFactory Stores => SqliteStoreProvider.Factory(Folder.Sub("data"), Clock);

    public static async Task<DeliveryHarness> StartAsync(Action<DeliveryOptions>? configure = null, Func<IReportMailer, IReportMailer>? wrapMailer = null)
    {
        var server = await GraphLoopbackServer.StartAsync(SyncHarness.Timeout());
        server.Mail.AddMailbox("8a1c2d3e-0000-4000-8000-000000000005", Sender, "تقارير ترميم");
        var options = new DeliveryOptions
        {
            Sender = Sender, DriveId = server.Drive.AddDrive(), LibraryFolder = "Reports", UploadChunkBytes = 3 * DeliveryOptions.UploadUnit, AmbiguousLookupDelay = TimeSpan.Zero,
        };
        options.ManagementRecipients.Add("manager@tarmeem.example");
        options.ManagementRecipients.Add("quality@tarmeem.example");
        options.BoardRecipients.Add("board@tarmeem.example");
        configure?.Invoke(options);
        return new DeliveryHarness(server, options, wrapMailer);
    }

    /// <summary>A file of the given size with bytes that tell positions apart.</summary>
    public string File(string name, int bytes)
    {
        var path = Folder.Sub(name);
        System.IO.File.WriteAllBytes(path, Enumerable.Range(0, bytes).Select(i => (byte)(i % 251)).ToArray());
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        uploadHttp.Dispose();
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Folder.Dispose();
    }
}
