using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Time;
using Tarmeem.Host.Alerts;

namespace Tarmeem.Host.Cli;

/// <summary><c>tarmeem alerts preview [--branch B] [--sample]</c>: the morning alert as it would be sent now, as text; sends nothing.</summary>
internal static class AlertsCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("alerts", "The morning alert to each branch's relations staff (Tarmeem:Alerts).");
        command.Subcommands.Add(Preview(context));
        return command;
    }

    private static Command Preview(CliContext context)
    {
        var branchOption = new Option<string?>("--branch")
        {
            Description = "Only this branch: Makkah, Jeddah, Taif, AlLith or AlQunfudhah (default: every branch with recipients, or every branch when none is configured).",
        };
        var sampleOption = new Option<bool>("--sample") { Description = "Compute it on the built-in sample instead of the store." };
        var command = new Command("preview", "Print, as text, the morning alert each branch would get now. Sends and records nothing.");
        command.Options.Add(branchOption);
        command.Options.Add(sampleOption);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            var services = host.Services;
            var settings = services.GetRequiredService<IOptions<AlertOptions>>().Value;
            var branches = Branches(settings, parseResult.GetValue(branchOption));
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var calendar = services.GetRequiredService<BusinessCalendar>();
            var today = calendar.LocalDate(now);
            var output = console.Out;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Morning alert as of {calendar.LocalDateTime(now):yyyy-MM-dd HH:mm} (Riyadh time){(calendar.IsBusinessDay(today) ? "" : " — not a business day: the scheduled run would send nothing")}{(settings.Enabled ? "" : $" — {AlertOptions.Section}:Enabled is false: the scheduled run would send nothing")}."));
            var composed = await services.GetRequiredService<MorningAlertComposition>().ComposeAsync(now, branches, parseResult.GetValue(sampleOption), cancellationToken);
            foreach (var (alert, mail) in composed)
            {
                output.WriteLine();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"=== {alert.Branch}: {(mail.Recipients.Count == 0 ? "no recipients configured" : $"to {mail.Recipients.Count} recipients")} ==="));
                output.Write(alert.IsEmpty ? "Nothing to say: no mail.\n" : MorningAlertComposer.ToText(mail));
            }
        }));
        return command;
    }

    private static IReadOnlyList<(Branch Branch, IReadOnlyList<string> Recipients)> Branches(AlertOptions settings, string? only)
    {
        var configured = AlertBranches.From(settings);
        if (only is null)
        {
            return configured.Count > 0 ? configured : [.. AlertBranches.Known.Select(b => (b, (IReadOnlyList<string>)[]))];
        }

        var branch = AlertBranches.Parse(only)
            ?? throw new CommandInputException($"--branch {only} names no branch: use one of {string.Join(", ", AlertBranches.Known)}.");
        return [(branch, configured.FirstOrDefault(c => c.Branch == branch).Recipients ?? [])];
    }
}
