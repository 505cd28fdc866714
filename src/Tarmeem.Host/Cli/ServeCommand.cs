using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Tarmeem.Store;
using Tarmeem.Host.AddIn;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Review;
using Tarmeem.Host.SampleMode;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Scheduling.Cluster;
using Tarmeem.Host.Web;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Page;
using Tarmeem.Surveys.Page.Nodes;

namespace Tarmeem.Host.Cli;

/// <summary>
/// <c>tarmeem serve</c>: the unattended service in one process — the scheduler (sync, survey dispatch, reports,
/// retention), the survey page and a health endpoint; runs under systemd or as a Windows service, and stops gracefully.
/// </summary>
internal static class ServeCommand
{
    public static readonly Option<bool> SampleOption = new("--sample")
    {
        Description = "Run on the built-in sample with no Microsoft 365: a fresh sample store under the data folder, mail written as .eml files, the library a local folder, no sync. To see every surface before registering an app in Entra ID.",
    };

    public static readonly Option<DirectoryInfo?> MailOutOption = new("--mail-out")
    {
        Description = "With --sample: the folder the .eml files are written to (default {data}/sample/outbox-eml).",
    };

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command(
            "serve",
            "Run unattended: sync, survey dispatch, the monthly, quarterly and annual reports and data retention on their schedules (Tarmeem:Schedule), with the survey page (/s/{token}) and GET /health on Tarmeem:Schedule:Urls. Stops on Ctrl+C or a service stop, letting running jobs finish.")
        {
            SampleOption, MailOutOption,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            if (parseResult.GetValue(MailOutOption) is not null && !parseResult.GetValue(SampleOption))
            {
                throw new CommandInputException("--mail-out only makes sense with --sample.");
            }

            await using var app = await BuildAsync(parseResult, context, cancellationToken);
            // Again in this call flow, which starts the scheduler's threads: BuildAsync's own setting ended with it.
            ListValueSettings.Apply(app.Services);
            await app.StartAsync(cancellationToken);
            var root = app.Services.GetRequiredService<IOptions<ScheduleOptions>>().Value.Urls.TrimEnd('/');
            console.Out.WriteLine($"tarmeem is serving: health on {root}/health, the survey page on {root}/s/{{token}}. Stop with Ctrl+C.");
            app.Services.GetService<SampleStart>()?.Print(console.Out);

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
        var sample = parseResult.GetValue(SampleOption)
            ? SampleSettings.Apply(builder.Configuration, parseResult.GetValue(MailOutOption)?.FullName)
            : null;

        var schedule = builder.Configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        var data = builder.Configuration.GetSection($"{TarmeemOptions.Section}:Data").Get<DataOptions>() ?? new DataOptions();
        var dataDirectory = data.Directory;
        builder.WebHost.UseUrls(schedule.Urls);
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(o => o.ServiceName = "tarmeem");
        // A report being written may take a minute; systemd's TimeoutStopSec must be longer (see docs/operations.md).
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(60));
        builder.Services.AddTarmeemScheduler(SchedulerStore.From(data, schedule), schedule);
        var store = await ServiceRegistration.OpenStoreAsync(builder.Configuration, cancellationToken);
        // Registered through a factory so that the container disposes it at shutdown: answers still queued are committed.
        builder.Services.AddSingleton(_ => store);
        builder.Services.AddSingleton<ISurveyStore>(sp => sp.GetRequiredService<StoreSession>().Surveys);
        SurveyPageNodes.Configure(builder.Services, builder.Configuration, store);
        builder.Services.AddSurveyPage(dataDirectory);
        builder.Services.AddAddInServing();
        if (sample is not null)
        {
            builder.Services.AddSampleServices(sample);
        }

        context.ServiceOverrides?.Invoke(builder.Services);

        var app = builder.Build();
        ListValueSettings.Apply(app.Services);
        ListValueSettings.ApplyToRequests(app);
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        await app.Services.LoadSurveyPageKeyAsync(cancellationToken);
        ValidateForServing(app.Services, schedule);
        // First, so that the page counts misses against the real client and knows when the request was HTTPS.
        app.UseForwardedHeaders(ProxyForwarding.Options(app.Services.GetRequiredService<IOptions<ScheduleOptions>>().Value.KnownProxies));
        app.MapGet("/health", (SchedulerService scheduler) => scheduler.Running
            ? Results.Ok(new { status = "ok", scheduler = "running" })
            : Results.Json(new { status = "unavailable", scheduler = "stopped" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapSurveyPage();
        app.MapReviewApproval();
        app.MapAddIn(anonymousStatus: sample is not null);
        if (sample is not null)
        {
            app.MapSampleDemo();
            // Before the scheduler starts, so that its first round finds the invitations sent already.
            await app.Services.GetRequiredService<SampleStart>().PrepareAsync(cancellationToken);
        }

        return app;
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
