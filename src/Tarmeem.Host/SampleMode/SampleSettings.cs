using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Reports;
using Tarmeem.Store.Sqlite;
using Tarmeem.Host.Scheduling;
using Tarmeem.Surveys.Outbox;

namespace Tarmeem.Host.SampleMode;

/// <summary>
/// <c>serve --sample</c>: the whole service on the built-in sample with no Microsoft 365. The settings a tenant would
/// give get demo values (a settings file still wins), the store is the sample store, mail is written as <c>.eml</c>
/// files and the library is a local folder.
/// </summary>
internal static class SampleSettings
{
    public const string SurveyMailbox = "relations@sample.tarmeem.example";
    public const string ReportMailbox = "reports@sample.tarmeem.example";

    /// <summary>
    /// Puts the demo values under the settings file and forces what sample mode is: the sample store, no sync, the
    /// survey page and approval links on the served address. Returns the sample folders.
    /// </summary>
    public static SampleFolders Apply(IConfigurationManager configuration, string? mailOut)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Read first: inserting a source rebuilds the providers, which forgets a value set directly (--data).
        var data = Path.GetFullPath(Path.Combine(configuration[$"{TarmeemOptions.Section}:Data:Directory"] ?? new DataOptions().Directory, SqliteStoreProvider.SampleFolder));
        // After the program's own appsettings.json (the first source), before the settings file and the environment.
        configuration.Sources.Insert(Math.Min(1, configuration.Sources.Count), new MemoryConfigurationSource { InitialData = Defaults(data) });
        var urls = (configuration[$"{ScheduleOptions.Section}:Urls"] ?? new ScheduleOptions().Urls).Split(';')[0].TrimEnd('/');
        var folders = new SampleFolders(
            data, urls, Path.GetFullPath(mailOut ?? Path.Combine(data, "outbox-eml")), Path.Combine(data, "library"));
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{TarmeemOptions.Section}:Data:Directory"] = folders.Data,
            // Nothing to sync from: the sample store is the source.
            [$"{ScheduleOptions.Section}:Sync"] = "",
            ["Tarmeem:Surveys:PublicBaseUrl"] = urls,
            ["Tarmeem:Delivery:ApprovalBaseUrl"] = urls,
            ["Tarmeem:Delivery:DriveId"] = "sample-library",
        });
        return folders;
    }

    /// <summary>Replaces the Graph-backed mailboxes and library with files; registered after the program's own.</summary>
    public static void AddSampleServices(this IServiceCollection services, SampleFolders folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        services.RemoveAll<ISurveyMailbox>();
        services.AddSingleton<ISurveyMailbox>(sp => new FileSurveyMailbox(Path.Combine(folders.MailOut, FileSurveyMailbox.Folder), sp.GetRequiredService<TimeProvider>()));
        services.RemoveAll<IReportMailer>();
        services.AddSingleton<IReportMailer>(sp => new FileReportMailer(folders.MailOut, sp.GetRequiredService<TimeProvider>()));
        services.RemoveAll<IReportLibrary>();
        services.AddSingleton<IReportLibrary>(_ => new FolderReportLibrary(folders.Library));
        services.AddSingleton(folders);
        services.AddSingleton<SampleStart>();
    }

    private static Dictionary<string, string?> Defaults(string data)
    {
        const string Domain = "@sample.tarmeem.example";
        var settings = new Dictionary<string, string?>
        {
            ["Tarmeem:Reports:OutputDirectory"] = Path.Combine(data, "reports"),
            ["Tarmeem:Surveys:Mailbox"] = SurveyMailbox,
            // Nothing leaves the machine, so the demo sends whenever it is started.
            ["Tarmeem:Surveys:SendDays"] = "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday",
            ["Tarmeem:Surveys:WindowStart"] = "00:00",
            ["Tarmeem:Surveys:WindowEnd"] = "23:59",
            ["Tarmeem:Surveys:SkipHolidays"] = "false",
            ["Tarmeem:Delivery:Sender"] = ReportMailbox,
            ["Tarmeem:Delivery:ManagementRecipients:0"] = "manager" + Domain,
            ["Tarmeem:Delivery:BoardRecipients:0"] = "board" + Domain,
            ["Tarmeem:Delivery:Reviewers:0"] = "reviewer" + Domain,
            ["Tarmeem:Delivery:LibraryFolder"] = "Quality reports",
            ["Tarmeem:Alerts:Enabled"] = "true",
        };
        foreach (var branch in (string[])["Makkah", "Jeddah", "Taif", "AlLith", "AlQunfudhah"])
        {
            settings[$"Tarmeem:Alerts:Recipients:{branch}:0"] = $"relations-{branch.ToLowerInvariant()}{Domain}";
        }

        return settings;
    }
}
