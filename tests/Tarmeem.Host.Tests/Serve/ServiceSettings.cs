using System.Text.Json;
using Tarmeem.GraphLoopback;
using Tarmeem.Host.Tests.Sync;

namespace Tarmeem.Host.Tests.Serve;

/// <summary>
/// The settings an operator would write for the whole service, pointed at the loopback Graph server: the lists of
/// <see cref="ListFixture"/>, the survey and report mailboxes, recipients, and every cron slot years away so that
/// tests fire jobs by hand.
/// </summary>
internal static class ServiceSettings
{
    public const string SurveyMailbox = "relations@tarmeem.example";
    public const string ReportMailbox = "reports@tarmeem.example";
    public const string Manager = "manager@tarmeem.example";
    private const string Never = "0 0 0 1 1 ? 2099";

    public static void AddMailboxes(GraphLoopbackServer graph)
    {
        graph.Mail.AddMailbox("u-relations", SurveyMailbox);
        graph.Mail.AddMailbox("u-reports", ReportMailbox);
    }

    /// <summary>A settings file for the loopback Graph server, the data folder and the service's own address.</summary>
    public static string Json(string graphBaseUrl, string data, string origin, IReadOnlyList<string>? knownProxies = null)
    {
        return JsonSerializer.Serialize(new
        {
            Tarmeem = new
            {
                Data = new { Directory = data },
                Graph = Graph(graphBaseUrl),
                Sources = Sources(),
                Surveys = new { Mailbox = SurveyMailbox, PublicBaseUrl = origin },
                Delivery = new { Sender = ReportMailbox, ManagementRecipients = (string[])[Manager], BoardRecipients = (string[])["board@tarmeem.example"] },
                Schedule = new
                {
                    Urls = origin, Sync = Never, SurveyDispatch = Never, MonthlyReport = Never, QuarterlyReport = Never, AnnualReport = Never, Retention = Never,
                    ReportFormats = "Xlsx",
                    KnownProxies = knownProxies ?? [],
                },
            },
        });
    }

    /// <summary>Sign-in settings that pass validation; the tests replace the credential with the server's token.</summary>
    public static object Graph(string baseUrl) => new
    {
        BaseUrl = baseUrl,
        Auth = "Secret",
        TenantId = "8a6e3c52-1111-4c1b-9d55-0a1b2c3d4e5f",
        ClientId = "0f1e2d3c-2222-4b5a-8c7d-6e5f4a3b2c1d",
        ClientSecret = "replaced-by-the-test-credential",
        MaxRetries = 0,
    };

    /// <summary>The mapping of <see cref="ListFixture"/>'s two lists, as JSON settings.</summary>
    public static object Sources()
    {
        var sources = ListFixture.Sources();
        return new
        {
            Cases = new { sources.Cases!.Site, sources.Cases.List, sources.Cases.Columns, sources.Cases.Channels, sources.Cases.Branches, sources.Cases.Decisions },
            Inquiries = new { sources.Inquiries!.Site, sources.Inquiries.List, sources.Inquiries.Columns },
        };
    }
}
