using System.CommandLine;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tarmeem.Host.Cli;

namespace Tarmeem.Host.Tests.Cli;

/// <summary>Runs the real command tree in-process with a fixed clock, capturing what it prints.</summary>
internal sealed class CliRun
{
    /// <summary>Tuesday 24 November 2026, 10:00 in Riyadh: the last complete month is October 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    private CliRun(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    public static Task<CliRun> InvokeAsync(params string[] args) => InvokeAsync(null, args);

    /// <summary>The same signed in to the loopback Graph server with the token it accepts.</summary>
    public static Task<CliRun> WithGraphAsync(GraphLoopback.GraphLoopbackServer graph, params string[] args) =>
        InvokeAsync(services => services.AddSingleton<TokenCredential>(new FixedTokenCredential(graph.Settings.AcceptedToken)), args);

    /// <summary>The same with services replaced after the host's own, e.g. the loopback server's credential.</summary>
    public static async Task<CliRun> InvokeAsync(Action<IServiceCollection>? overrides, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = new FakeTimeProvider(Now);
        var context = new CliContext(new CliConsole(output, error), services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            overrides?.Invoke(services);
        });
        var exitCode = await TarmeemCommandLine.Create(context)
            .Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
