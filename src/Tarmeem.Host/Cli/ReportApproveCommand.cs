using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tarmeem.Core.Time;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Review;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Reporting.Word;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Host.Cli;

/// <summary><c>tarmeem report approve</c>: a reviewer's approval from the command line, the same as the approval page's.</summary>
internal static class ReportApproveCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var kind = new Option<string>("--kind") { Description = "The report under review: board (or management, when it is reviewed too).", Required = true };
        kind.AcceptOnlyFromAmong("management", "board");
        var period = new Option<string>("--period") { Description = $"Its period: {ReportPeriod.AcceptedForms}.", Required = true };
        var command = new Command(
            "approve",
            "Approve a report under review: download the reviewer's edited draft from the library, check it (valid Word, no placeholder, no e-mail, phone, ID or case number added), convert it to PDF and deliver it. A refused check mails the reviewers what to fix and sends nothing; approving twice delivers once.")
        {
            kind, period,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            var text = parseResult.GetValue(period)!;
            if (!ReportPeriod.TryParse(text, out var parsed, out var error))
            {
                throw new CommandInputException($"--period: {error}");
            }

            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            await using var held = await host.Services.GetRequiredService<IJobLock>().AcquireForHandRunAsync(JobLocks.ReportDelivery, cancellationToken);
            var outcome = await host.Services.GetRequiredService<ReportReviewService>().ApproveAsync(
                parseResult.GetValue(kind) == "board" ? ReportKind.Board : ReportKind.Management, parsed, cancellationToken);
            if (outcome.Status == DeliveryStatus.Refused)
            {
                throw new CommandInputException(outcome.Message);
            }

            console.Out.WriteLine(outcome.Message);
        }));
        return command;
    }
}
