using System.CommandLine;
using Tarmeem.Reporting.Word.Templates;

namespace Tarmeem.Host.Cli;

/// <summary>
/// <c>tarmeem templates</c>: writes the default Word templates, for a fresh start or to see what a
/// staff-edited template should still contain (its named places).
/// </summary>
internal static class TemplatesCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The folder to write management-report.docx and board-report.docx into (existing files are replaced).",
            Required = true,
        };
        var command = new Command("templates", "Write the default Word report templates (letterhead, styles, named places).") { output };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, console =>
        {
            foreach (var path in DefaultTemplates.WriteAll(parseResult.GetRequiredValue(output).FullName))
            {
                console.Out.WriteLine(path);
            }

            return Task.CompletedTask;
        }));
        return command;
    }
}
