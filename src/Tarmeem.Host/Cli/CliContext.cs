using Microsoft.Extensions.DependencyInjection;

namespace Tarmeem.Host.Cli;

/// <summary>
/// What every command needs from outside: where to speak, and (for tests) service overrides such as a
/// fixed clock, applied after the program's own registrations.
/// </summary>
internal sealed record CliContext(CliConsole Console, Action<IServiceCollection>? ServiceOverrides = null)
{
    public static CliContext Default { get; } = new(new CliConsole(System.Console.Out, System.Console.Error));
}
