using System.CommandLine;

namespace Tarmeem.Host.Cli;

/// <summary>The <c>tarmeem</c> command tree. Each subcommand lives in its own type.</summary>
internal static class TarmeemCommandLine
{
    /// <summary>A JSON settings file; keys as in <c>appsettings.example.json</c>.</summary>
    public static Option<FileInfo?> ConfigOption { get; } = new("--config")
    {
        Description = "A JSON settings file (see appsettings.example.json). Environment variables such as TARMEEM__DATA__DIRECTORY override it.",
        Recursive = true,
    };

    /// <summary>Overrides <c>Tarmeem:Data:Directory</c>.</summary>
    public static Option<DirectoryInfo?> DataOption { get; } = new("--data")
    {
        Description = "The folder of the local store (overrides Tarmeem:Data:Directory; default ./data).",
        Recursive = true,
    };

    public static RootCommand Create(CliContext? context = null)
    {
        context ??= CliContext.Default;
        var root = new RootCommand(
            "Tarmeem Office: beneficiary-relations quality reports, surveys and Microsoft 365 sync for the Tarmeem association (Makkah region).");
        root.Options.Add(ConfigOption);
        root.Options.Add(DataOption);
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        root.Subcommands.Add(SyncCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(TemplatesCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(StoreCommand.Create(context));
        root.Subcommands.Add(SurveyCommand.Create(context));
        root.Subcommands.Add(AlertsCommand.Create(context));
        root.Subcommands.Add(AddIn.AddInCommand.Create(context));
        return root;
    }
}
