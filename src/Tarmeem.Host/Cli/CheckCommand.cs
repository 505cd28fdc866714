using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Graph;
using Tarmeem.Host.Sync;

namespace Tarmeem.Host.Cli;

/// <summary><c>tarmeem check</c>: prove the Microsoft 365 settings work before the first sync; reads no items.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command(
            "check",
            "Sign in to Microsoft Graph, find the configured sites, lists and mailbox, verify every mapped column, list choices that map to no channel and the Outlook categories the mailbox lacks, and list the survey mailbox's Drafts and Sent Items. Changes nothing unless --fix.");
        var fix = new Option<bool>("--fix")
        {
            Description = "Create the Outlook categories the mailbox lacks (needs MailboxSettings.ReadWrite).",
        };
        command.Options.Add(fix);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            SyncCommand.RequireSources(host.Services);
            _ = host.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
            var findings = await host.Services.GetRequiredService<GraphCheckService>().CheckAsync(console.Progress, parseResult.GetValue(fix), cancellationToken);
            foreach (var finding in findings)
            {
                console.Out.WriteLine((finding.Ok ? "ok      " : "PROBLEM ") + finding.Message);
            }

            var problems = findings.Count(f => !f.Ok);
            if (problems > 0)
            {
                throw new CommandInputException(string.Create(CultureInfo.InvariantCulture, $"check found {problems} problem(s); fix the settings named above and run it again."));
            }

            console.Out.WriteLine("All checks passed.");
        }));
        return command;
    }
}
