using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Cli;
using Tarmeem.Surveys;

namespace Tarmeem.Host.AddIn;

/// <summary><c>tarmeem addin manifest --out DIR</c>: the Outlook add-in's manifests for the service's public address.</summary>
internal static class AddInCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The folder to write manifest.json, its icons, tarmeem-addin.zip and manifest.xml into (existing files are replaced).",
            Required = true,
        };
        var manifest = new Command(
            "manifest",
            "Write the add-in's unified manifest (manifest.json, zipped with its icons as tarmeem-addin.zip, for the Microsoft 365 admin center) and its XML manifest (manifest.xml, for Outlook on Mac), for Tarmeem:AddIn.")
        {
            output,
        };
        manifest.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, console =>
        {
            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            var options = host.Services.GetRequiredService<IOptions<AddInOptions>>().Value;
            var root = PublicRoot(options, host.Services.GetRequiredService<IOptions<SurveyOptions>>().Value);
            foreach (var path in AddInManifestFiles.Write(options, root, parseResult.GetRequiredValue(output).FullName))
            {
                console.Out.WriteLine(path);
            }

            return Task.CompletedTask;
        }));
        return new Command("addin", "The Outlook add-in «ترميم — متابعة الاستفسار» for the relations staff.") { manifest };
    }

    private static string PublicRoot(AddInOptions options, SurveyOptions surveys)
    {
        const string P = AddInOptions.Section;
        if (options.AppId == Guid.Empty)
        {
            throw new CommandInputException($"{P}:AppId is not set: give the add-in a GUID of its own (e.g. from `uuidgen`) and keep it; a new id is a new add-in.");
        }

        if (!options.Enabled)
        {
            throw new CommandInputException($"{P}:ClientId is not set: register the service's API in Entra ID (README, Outlook add-in) and give its client id.");
        }

        var root = options.PublicBaseUrl.Length > 0 ? options.PublicBaseUrl : surveys.PublicBaseUrl;
        return AddInOptionsValidator.IsServiceRoot(root) && !string.IsNullOrWhiteSpace(root)
            ? root
            : throw new CommandInputException($"{P}:PublicBaseUrl (or Tarmeem:Surveys:PublicBaseUrl) is '{root}': give the service's public https root, where the pane is served, e.g. https://tarmeem.example.org.");
    }
}
