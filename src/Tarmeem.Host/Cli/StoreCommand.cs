using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.StoreCopy;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;

namespace Tarmeem.Host.Cli;

/// <summary><c>tarmeem store copy --to-config FILE</c>: moves the SQLite store of the current settings into an empty PostgreSQL one.</summary>
internal static class StoreCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var store = new Command("store", "Work on the store as a whole.");
        var toConfig = new Option<FileInfo>("--to-config")
        {
            Description = "The target's settings file: Tarmeem:Data:Provider = PostgreSql and Tarmeem:Data:ConnectionString (no password: PGPASSWORD or a pgpass file).",
            Required = true,
        };
        var copy = new Command(
            "copy",
            "Copy the SQLite store of the current settings (--config/--data) into the empty PostgreSQL store of --to-config, in one transaction, then verify rows and a checksum per table. The SQLite file is only read.");
        copy.Options.Add(toConfig);
        copy.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            var data = host.Services.GetRequiredService<IOptions<TarmeemOptions>>().Value.Data;
            if (data.Provider != StoreProvider.Sqlite)
            {
                throw new CommandInputException(
                    $"The current settings' Tarmeem:Data:Provider is {data.Provider}: store copy moves a SQLite store, so run "
                    + "it with the settings (or --data) of the installation that still uses SQLite.");
            }

            await using var target = CopyTargetSettings.Read(parseResult.GetRequiredValue(toConfig));
            var source = Path.Combine(Path.GetFullPath(data.Directory), SqliteStore.DatabaseFileName);
            var result = await new StoreCopier(host.Services.GetRequiredService<TimeProvider>())
                .CopyAsync(source, target, console.Progress, cancellationToken);
            Print(console.Out, result);
        }));
        store.Subcommands.Add(copy);
        return store;
    }

    private static void Print(TextWriter output, StoreCopyResult result)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Copied {result.Source} (schema version {result.SchemaVersion}) into {result.Target}."));
        var width = Math.Max("table".Length, result.Tables.Max(table => table.Table.Length));
        output.WriteLine($"{"table".PadRight(width)}  {"rows",12}  checksum      {"time",8}");
        foreach (var table in result.Tables)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{table.Table.PadRight(width)}  {table.Rows,12:N0}  {StoreCopier.Abbreviated(table.Checksum)}  {Seconds(table.Elapsed),8}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"total".PadRight(width)}  {result.Tables.Sum(table => table.Rows),12:N0}                {Seconds(result.Elapsed),8}"));
        output.WriteLine("Rows and SHA-256 checksums (every row in key order) are equal in both stores; the SQLite file was only read.");
        output.WriteLine("Not copied: schema_migrations (the target has its own, at the same version) and the Quartz schedule, which serve rebuilds when it starts.");
        output.WriteLine("Next: set Tarmeem:Data:Provider = PostgreSql and the connection string in the service's settings, then start the serve nodes (docs/operations.md, \"Moving an installation\").");
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
