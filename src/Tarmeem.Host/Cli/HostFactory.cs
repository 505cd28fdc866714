using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Configuration;

namespace Tarmeem.Host.Cli;

/// <summary>
/// Builds the composition root for one command: configuration (defaults, <c>--config</c> file,
/// environment, command-line overrides), logging, and the services, with options validated up front.
/// </summary>
public static class HostFactory
{
    public static IHost Build(ParseResult parseResult, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });

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
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddTarmeem(builder.Configuration);
        configure?.Invoke(builder.Services);

        var host = builder.Build();
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        return host;
    }
}
