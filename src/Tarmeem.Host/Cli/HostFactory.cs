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
internal static class HostFactory
{
    public static IHost Build(ParseResult parseResult, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        Configure(builder, parseResult);
        // A command's output is its result; log lines go to standard error so they never mix into it.
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        configure?.Invoke(builder.Services);

        var host = builder.Build();
        ListValueSettings.Apply(host.Services);
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        return host;
    }

    /// <summary>
    /// What every command and <c>serve</c> share: the program's defaults, then the <c>--config</c> file, then the
    /// environment, then <c>--data</c>; single-line console logging filtered by the <c>Logging</c> section; the services.
    /// </summary>
    public static void Configure(IHostApplicationBuilder builder, ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(parseResult);
        var configuration = builder.Configuration;
        configuration.Sources.Clear();
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        if (parseResult.GetValue(TarmeemCommandLine.ConfigOption) is { } config)
        {
            if (!config.Exists)
            {
                throw new FileNotFoundException($"The settings file given with --config does not exist: {config.FullName}", config.FullName);
            }

            configuration.AddJsonFile(config.FullName, optional: false);
        }

        configuration.AddEnvironmentVariables();
        if (parseResult.GetValue(TarmeemCommandLine.DataOption) is { } data)
        {
            configuration[$"{TarmeemOptions.Section}:Data:Directory"] = data.FullName;
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.AddTarmeem(configuration);
    }
}
