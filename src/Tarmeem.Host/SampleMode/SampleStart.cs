using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Tarmeem.Core.Domain;
using Tarmeem.Sample;
using Tarmeem.Store;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Model;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Outbox;
using Tarmeem.Surveys.Planning;

namespace Tarmeem.Host.SampleMode;

/// <summary>
/// What <c>serve --sample</c> does before it serves: a fresh sample year in the sample store (as <c>report --sample</c>
/// loads it), a few mailed inquiries resolved a day ago with demo contacts (the add-in demo shows the first) and open cases near and past the 14 days (the
/// sample year ends with last month, so it has nothing due today), then one survey round sent at once to the
/// <c>.eml</c> folder. Returns the survey page's links from those invitations.
/// </summary>
internal sealed partial class SampleStart(
    IServiceProvider services, SampleFolders folders, BusinessCalendar calendar, IOptions<SurveyOptions> options, TimeProvider time, ILoggerFactory loggers)
{
    private const int Invitations = 3;

    /// <summary>The survey page's links from the invitations sent at start.</summary>
    public IReadOnlyList<string> SurveyLinks { get; private set; } = [];

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var survey = options.Value;
        // Sample mode points Tarmeem:Data:Directory at the sample's folder, so the live store here is the sample's.
        await using var session = await services.GetRequiredService<IStoreFactory>().OpenAsync(StoreArea.Live, cancellationToken);
        var records = session.Records;
        var sample = SampleDataGenerator.Generate(new SampleDataOptions { LastMonth = ReportPeriod.LastCompleteMonth(calendar.LocalDate(now)).Start });
        await records.ClearAsync(cancellationToken);
        await records.SaveAsync(sample, cancellationToken);

        var branches = (Branch[])[Branch.Makkah, Branch.Jeddah, Branch.Taif];
        var resolved = now - survey.DelayAfterEvent - TimeSpan.FromHours(1);
        var inquiries = branches.Select((b, i) => new Inquiry
        {
            Id = $"mail:{SampleDemoPage.Conversation(i + 1)}", Channel = Channel.Phone, Branch = b, Received = resolved.AddDays(-2), FirstResponse = resolved.AddHours(-30), Resolved = resolved,
        }).ToList();
        await records.UpsertInquiriesAsync(inquiries, cancellationToken);
        await records.UpsertCasesAsync(
            [.. branches.Select((b, i) => new SupportCase { CaseNumber = $"DEMO-{9001 + i}", Channel = Channel.Letter, Branch = b, Received = now.AddDays(-11 - (3 * i)) })],
            cancellationToken);
        var store = session.Surveys;
        await store.UpsertContactsAsync(
            [.. inquiries.Select((q, i) => new SurveyContact(SurveySubjectKind.Inquiry, q.Id, $"beneficiary{i + 1}@example.org"))], now, cancellationToken);

        var planning = new SurveyPlanningService(records, store, services.GetRequiredService<SurveyPlanner>(), survey, time);
        await planning.PlanAndStoreAsync(cancellationToken);
        var composer = new SurveyEmailComposer(services.GetRequiredService<SurveyTemplates>(), new SurveyLinks(survey.PublicBaseUrl), calendar);
        // Unpaced: these go to a folder, not through Exchange's limits.
        var sender = new SurveySender(
            store, services.GetRequiredService<ISurveyMailbox>(), composer, services.GetRequiredService<SendWindow>(), new SendPacer(TimeSpan.Zero, time),
            survey, time, loggers.CreateLogger<SurveySender>());
        var before = SurveyFiles().ToHashSet(StringComparer.Ordinal);
        await sender.SendDueAsync(Invitations, cancellationToken);
        SurveyLinks = await LinksAsync(SurveyFiles().Where(f => !before.Contains(f)), cancellationToken);
    }

    /// <summary>What is where, for the person who started it.</summary>
    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Sample mode, no Microsoft 365: the sample store is {folders.Data}.");
        output.WriteLine($"Mail (surveys, reports, review requests, morning alerts) is written as .eml files to {folders.MailOut} (survey mail in {FileSurveyMailbox.Folder}/).");
        output.WriteLine($"The report library is the folder {folders.Library}.");
        output.WriteLine("Survey links sent now (open one, answer, and it counts in the next report):");
        foreach (var link in SurveyLinks)
        {
            output.WriteLine("  " + link);
        }

        output.WriteLine($"The Outlook add-in's pane, as a demo without Outlook: {folders.Origin}/addin/demo.html");
        output.WriteLine($"The approval page: the review request mailed when a board report is due links to {folders.Origin}/review/...");
        output.WriteLine("The morning alert is written at 08:00 Sunday to Thursday (Tarmeem:Alerts:Schedule); the reports on their schedules (Tarmeem:Schedule).");
    }

    /// <summary>The survey page's link in each survey mail of the folder (without a score chosen).</summary>
    private static async Task<IReadOnlyList<string>> LinksAsync(IEnumerable<string> files, CancellationToken cancellationToken)
    {
        var links = new List<string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            using var message = await MimeMessage.LoadAsync(file, cancellationToken);
            if (RatingLink().Match(message.HtmlBody ?? "") is { Success: true } match)
            {
                links.Add(System.Net.WebUtility.HtmlDecode(match.Groups[1].Value));
            }
        }

        return links;
    }

    /// <summary>The survey mails in the folder: those of earlier starts hold links to a sample since replaced.</summary>
    private IEnumerable<string> SurveyFiles()
    {
        var directory = Path.Combine(folders.MailOut, FileSurveyMailbox.Folder);
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*.eml") : [];
    }

    [GeneratedRegex("href=\"([^\"]+/s/[^\"?/]+)\\?r=")]
    private static partial Regex RatingLink();
}
