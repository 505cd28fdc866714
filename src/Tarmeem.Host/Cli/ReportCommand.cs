using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tarmeem.Core.Time;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Reports;
using Tarmeem.Host.Review;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Reporting.Word;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Host.Cli;

/// <summary><c>tarmeem report</c>: the main job, by hand.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var period = new Option<string?>("--period")
        {
            Description = $"The period: {ReportPeriod.AcceptedForms}. Default: the last complete month.",
        };
        var format = new Option<string>("--format")
        {
            Description = $"What to write, comma-separated: {ReportFormats.Accepted}.",
            DefaultValueFactory = _ => "xlsx",
        };
        var kind = new Option<string?>("--kind")
        {
            Description = "Which Word report: management (monthly) or board (quarterly, annual). Default: management for a month, board otherwise.",
        };
        kind.AcceptOnlyFromAmong("management", "board");
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = "The folder to write into (overrides Tarmeem:Reports:OutputDirectory; default ./reports).",
        };
        var sample = new Option<bool>("--sample")
        {
            Description = "Load the built-in sample year (the twelve months up to the last complete month, and the year before) into a fresh sample store under the data folder, and report on it.",
        };
        var scale = new Option<double>("--scale")
        {
            Description = "With --sample: multiply the sample's size (17 gives about 100,000 cases), for benchmarks.",
            DefaultValueFactory = _ => 1,
        };

        var deliver = new Option<bool>("--deliver")
        {
            Description = "Then deliver what was written as the scheduler does (Tarmeem:Delivery): mail to the kind's recipients and a copy in the library. A period already delivered is refused.",
        };
        var force = new Option<bool>("--force")
        {
            Description = "With --deliver: deliver even though this kind and period were delivered before (the earlier delivery stays in the log).",
        };

        var command = new Command("report", "Write the quality reports for a period from the local store: the Excel workbook, the Word management or board report, and PDFs.")
        {
            period, kind, format, output, sample, scale, deliver, force,
        };
        command.Subcommands.Add(ReportApproveCommand.Create(context));
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            if (parseResult.GetValue(force) && !parseResult.GetValue(deliver))
            {
                throw new CommandInputException("--force only makes sense with --deliver.");
            }

            var request = new ReportRequest
            {
                Period = ParsePeriod(parseResult.GetValue(period)),
                Formats = ReportFormats.Parse(parseResult.GetValue(format)),
                Kind = parseResult.GetValue(kind) switch
                {
                    "management" => ReportKind.Management,
                    "board" => ReportKind.Board,
                    _ => null,
                },
                OutputDirectory = parseResult.GetValue(output)?.FullName,
                Sample = parseResult.GetValue(sample),
                Scale = ValidScale(parseResult.GetValue(scale)),
            };

            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            // Taken before the report is written, so that a delivery under way on another node is known at once.
            await using var held = parseResult.GetValue(deliver)
                ? await host.Services.GetRequiredService<IJobLock>().AcquireForHandRunAsync(JobLocks.ReportDelivery, cancellationToken)
                : null;
            var runner = host.Services.GetRequiredService<ReportRunner>();
            var result = await runner.RunAsync(request, console.Progress, cancellationToken);
            console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Report {result.Plan.Period}: {result.CasesInPeriod} cases, {result.InquiriesInPeriod} inquiries; {result.Elapsed.TotalSeconds:0.00} s, peak memory {result.PeakWorkingSetBytes / (1024 * 1024)} MB."));
            foreach (var file in result.Files)
            {
                console.Out.WriteLine(file);
            }

            if (parseResult.GetValue(deliver))
            {
                if (result.Plan.AsOf is { } asOf)
                {
                    throw new CommandInputException(
                        $"--deliver: {result.Plan.Period} has not ended (reported up to {asOf:yyyy-MM-dd}); the files are written, but only an ended period is delivered.");
                }

                var delivery = await host.Services.GetRequiredService<ReportReviewService>().DeliverOrSubmitAsync(
                    new DeliveryRequest(result.Plan.Kind, result.Plan.Period, result.Files, parseResult.GetValue(force)),
                    cancellationToken);
                if (delivery.Status == DeliveryStatus.AlreadyDelivered)
                {
                    throw new CommandInputException(delivery.Message);
                }

                console.Out.WriteLine(delivery.Message);
            }

        }));
        return command;
    }

    private static ReportPeriod? ParsePeriod(string? text) =>
        text is null ? null
        : ReportPeriod.TryParse(text, out var parsed, out var error) ? parsed
        : throw new CommandInputException($"--period: {error}");

    private static double ValidScale(double scale) =>
        scale is > 0 and <= 1000 ? scale
        : throw new CommandInputException($"--scale: {scale} is out of range; give a multiplier above 0 and at most 1000 (17 ≈ 100,000 cases).");
}
