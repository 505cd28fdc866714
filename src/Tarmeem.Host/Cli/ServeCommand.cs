using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling;

namespace Tarmeem.Host.Cli;

/// <summary>
/// <c>tarmeem serve</c>: the unattended service in one process — the scheduler (sync, survey dispatch, reports,
/// retention) and a health endpoint; runs under systemd or as a Windows service, and stops gracefully.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command(
            "serve",
            "Run unattended: sync, survey dispatch, the monthly, quarterly and annual reports and data retention on their schedules (Tarmeem:Schedule), with GET /health on Tarmeem:Schedule:Urls. Stops on Ctrl+C or a service stop, letting running jobs finish.");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            await using var app = Build(parseResult, context);
            await app.StartAsync(cancellationToken);
            console.Out.WriteLine($"tarmeem is serving: health on {app.Services.GetRequiredService<IOptions<ScheduleOptions>>().Value.Urls.TrimEnd('/')}/health. Stop with Ctrl+C.");
            await app.WaitForShutdownAsync(cancellationToken);
        }));
        return command;
    }

    /// <summary>The service's host: the same settings and services as every command, plus Kestrel and the scheduler.</summary>
    public static WebApplication Build(ParseResult parseResult, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(context);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });

        // As HostFactory: program defaults, then --config, then the environment, then --data.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        if (parseResult.GetValue(TarmeemCommandLine.ConfigOption) is { } config)
        {
            if (!config.Exists)
            {
                throw new FileNotFoundException($"The settings file given with --config does not exist: {config.FullName}", config.FullName);
            }

            builder.Configuration.AddJsonFile(config.FullName, optional: false);
        }

        builder.Configuration.AddEnvironmentVariables();
        if (parseResult.GetValue(TarmeemCommandLine.DataOption) is { } data)
        {
            builder.Configuration[$"{TarmeemOptions.Section}:Data:Directory"] = data.FullName;
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);

        var schedule = builder.Configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        var dataDirectory = builder.Configuration[$"{TarmeemOptions.Section}:Data:Directory"] ?? new DataOptions().Directory;
        builder.WebHost.UseUrls(schedule.Urls);
        builder.Services.AddTarmeem(builder.Configuration);
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(o => o.ServiceName = "tarmeem");
        // A report being written may take a minute; systemd's TimeoutStopSec must be longer (see docs/operations.md).
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(60));
        builder.Services.AddTarmeemScheduler(SchedulingRegistration.QuartzDatabasePath(dataDirectory, schedule), schedule.MisfireThreshold);
        context.ServiceOverrides?.Invoke(builder.Services);

        var app = builder.Build();
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        ValidateForServing(app.Services, schedule);
        app.MapGet("/health", (SchedulerService scheduler) => scheduler.Running
            ? Results.Ok(new { status = "ok", scheduler = "running" })
            : Results.Json(new { status = "unavailable", scheduler = "stopped" }, statusCode: StatusCodes.Status503ServiceUnavailable));

        // Public pages: the survey feature's page is mapped here (app.MapSurveyPage()), on the same Kestrel.
        return app;
    }

    /// <summary>Settings the unattended jobs need are checked before anything runs, not at the first 08:00.</summary>
    private static void ValidateForServing(IServiceProvider services, ScheduleOptions schedule)
    {
        _ = services.GetRequiredService<IOptions<ScheduleOptions>>().Value;
        _ = services.GetRequiredService<IOptions<RetentionOptions>>().Value;
        var reports = new[] { schedule.MonthlyReport, schedule.QuarterlyReport, schedule.AnnualReport };
        if (reports.Any(r => !string.IsNullOrWhiteSpace(r)))
        {
            _ = services.GetRequiredService<IOptions<DeliveryOptions>>().Value;
        }
    }
}
