using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Store;
using Tarmeem.Host.AddIn;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Review;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Web;
using Tarmeem.Surveys.Page;

namespace Tarmeem.Host.Cli;

/// <summary>
/// <c>tarmeem serve</c>: the unattended service in one process — the scheduler (sync, survey dispatch, reports,
/// retention), the survey page and a health endpoint; runs under systemd or as a Windows service, and stops gracefully.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command(
            "serve",
            "Run unattended: sync, survey dispatch, the monthly, quarterly and annual reports and data retention on their schedules (Tarmeem:Schedule), with the survey page (/s/{token}) and GET /health on Tarmeem:Schedule:Urls. Stops on Ctrl+C or a service stop, letting running jobs finish.");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            await using var app = await BuildAsync(parseResult, context, cancellationToken);
            // Again in this call flow, which starts the scheduler's threads: BuildAsync's own setting ended with it.
            ListValueSettings.Apply(app.Services);
            await app.StartAsync(cancellationToken);
            var root = app.Services.GetRequiredService<IOptions<ScheduleOptions>>().Value.Urls.TrimEnd('/');
            console.Out.WriteLine($"tarmeem is serving: health on {root}/health, the survey page on {root}/s/{{token}}. Stop with Ctrl+C.");
            await app.WaitForShutdownAsync(cancellationToken);
        }));
        return command;
    }

    /// <summary>
    /// The service's host: the same settings and services as every command, plus Kestrel with the health endpoint and
    /// the survey page, and the scheduler. The store is opened (and migrated) here, so a bad data folder stops the start.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(ParseResult parseResult, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(context);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        HostFactory.Configure(builder, parseResult);

        var schedule = builder.Configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        var dataDirectory = builder.Configuration[$"{TarmeemOptions.Section}:Data:Directory"] ?? new DataOptions().Directory;
        builder.WebHost.UseUrls(schedule.Urls);
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(o => o.ServiceName = "tarmeem");
        // A report being written may take a minute; systemd's TimeoutStopSec must be longer (see docs/operations.md).
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(60));
        builder.Services.AddTarmeemScheduler(SchedulingRegistration.QuartzDatabasePath(dataDirectory, schedule), schedule.MisfireThreshold);
        var surveys = await OpenSurveyStoreAsync(dataDirectory, cancellationToken);
        // Registered through a factory so that the container disposes it at shutdown: answers still queued are committed.
        builder.Services.AddSingleton<ISurveyStore>(_ => surveys);
        builder.Services.AddSurveyPage(dataDirectory);
        builder.Services.AddAddInServing(dataDirectory);
        context.ServiceOverrides?.Invoke(builder.Services);

        var app = builder.Build();
        ListValueSettings.Apply(app.Services);
        ListValueSettings.ApplyToRequests(app);
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        ValidateForServing(app.Services, schedule);
        // First, so that the page counts misses against the real client and knows when the request was HTTPS.
        app.UseForwardedHeaders(ProxyForwarding.Options(app.Services.GetRequiredService<IOptions<ScheduleOptions>>().Value.KnownProxies));
        app.MapGet("/health", (SchedulerService scheduler) => scheduler.Running
            ? Results.Ok(new { status = "ok", scheduler = "running" })
            : Results.Json(new { status = "unavailable", scheduler = "stopped" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapSurveyPage();
        app.MapReviewApproval();
        app.MapAddIn();
        return app;
    }

    private static async Task<SqliteSurveyStore> OpenSurveyStoreAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        // Opening the record store applies pending migrations; the survey store keeps only its connection string.
        await using var records = await SqliteServiceRecordStore.OpenAsync(new StoreOptions { DataDirectory = dataDirectory }, cancellationToken);
        return new SqliteSurveyStore(records);
    }

    /// <summary>Settings the unattended jobs need are checked before anything runs, not at the first 08:00.</summary>
    private static void ValidateForServing(IServiceProvider services, ScheduleOptions schedule)
    {
        _ = services.GetRequiredService<IOptions<ScheduleOptions>>().Value;
        _ = services.GetRequiredService<IOptions<RetentionOptions>>().Value;
        // The page's templates and its form key (made on the first start) are read now, not at the first visitor.
        _ = services.GetRequiredService<SurveyPageContext>();
        var reports = new[] { schedule.MonthlyReport, schedule.QuarterlyReport, schedule.AnnualReport };
        if (reports.Any(r => !string.IsNullOrWhiteSpace(r)))
        {
            _ = services.GetRequiredService<IOptions<DeliveryOptions>>().Value;
        }
    }
}
