using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tarmeem.Core.Time;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Host.Tests.Cli;

using Tarmeem.Store;

namespace Tarmeem.Host.Tests.Scheduling;

/// <summary>
/// The scheduled services with a fixed clock, a store in a temporary folder, a recording mailer and a stub report
/// writer; <see cref="Services"/> is a container with them for Quartz to build the real jobs from.
/// </summary>
internal sealed class OperationsHarness : IAsyncDisposable
{
    private OperationsHarness(DateTimeOffset now, Action<ScheduleOptions>? configure, Action<IServiceCollection>? more, Action<DataOptions>? data)
    {
        Clock = new FakeTimeProvider(now);
        Producer = new StubReportProducer(Folder.Path);
        var schedule = new ScheduleOptions();
        configure?.Invoke(schedule);
        var delivery = new DeliveryOptions { Sender = "reports@tarmeem.example" };
        delivery.ManagementRecipients.Add("manager@tarmeem.example");
        delivery.BoardRecipients.Add("board@tarmeem.example");
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(BusinessCalendar.Default);
        var dataOptions = new DataOptions { Directory = Folder.Sub("data") };
        data?.Invoke(dataOptions);
        services.AddSingleton(Options.Create(new TarmeemOptions { Data = dataOptions }));
        services.AddSingleton(Options.Create(schedule));
        services.AddSingleton(Options.Create(delivery));
        services.AddSingleton(Options.Create(new RetentionOptions()));
        services.AddSingleton<IReportMailer>(Mailer);
        services.AddSingleton<MailOnce>();
        services.AddSingleton<IReportLibrary, UnusedLibrary>();
        services.AddSingleton<IReportProducer>(Producer);
        services.AddSingleton<ReportEmailComposer>();
        services.AddTarmeemStore();
        services.AddSingleton<ReportDeliveryService>();
        services.AddSingleton<Tarmeem.Host.Review.ReportReviewService>();
        services.AddJobLocks();
        services.AddSingleton<JobRunRecorder>();
        services.AddSingleton<ScheduledReports>();
        services.AddSingleton<DueReportFinder>();
        services.AddSingleton<RetentionService>();
        more?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }

    public TempFolder Folder { get; } = new();

    public RecordingMailer Mailer { get; } = new();

    public StubReportProducer Producer { get; }

    public ServiceProvider Services { get; }

    public ScheduledReports Reports => Services.GetRequiredService<ScheduledReports>();

    public DueReportFinder Due => Services.GetRequiredService<DueReportFinder>();

    public IStoreFactory Stores => Services.GetRequiredService<IStoreFactory>();

    public static OperationsHarness Create(
        DateTimeOffset now, Action<ScheduleOptions>? configure = null, Action<IServiceCollection>? more = null, Action<DataOptions>? data = null) =>
        new(now, configure, more, data);

    /// <summary>Records a start of the service, as <c>serve</c> does: due periods count from the first.</summary>
    public async Task StartedAsync(DateTimeOffset at)
    {
        await using var store = await Stores.OpenAsync(StoreArea.Live, CancellationToken.None);
        await store.JobRuns.RecordServiceStartAsync(at, CancellationToken.None);
    }

    /// <summary>A local Riyadh time as an instant.</summary>
    public static DateTimeOffset Riyadh(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(3));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Folder.Dispose();
    }
}
