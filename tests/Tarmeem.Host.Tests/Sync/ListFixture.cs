using Tarmeem.GraphLoopback;
using Tarmeem.GraphLoopback.SharePoint;
using Tarmeem.Host.Sync;

namespace Tarmeem.Host.Tests.Sync;

/// <summary>
/// A relations site with the case register and the inquiry log as staff keep them: Arabic display names (so the
/// choice columns' internal names arrive encoded), Arabic choices, dates in UTC.
/// </summary>
internal sealed class ListFixture
{
    public const string Hostname = "tarmeem.sharepoint.com";
    public const string SitePath = "/sites/Relations";
    public const string CasesTitle = "سجل الحالات";
    public const string InquiriesTitle = "سجل الاستفسارات";

    public static readonly DateTimeOffset Start = new(2026, 10, 4, 6, 0, 0, TimeSpan.Zero);

    private static readonly ColumnDefinition ChannelColumn = ColumnDefinition.FromDisplayName("القناة", ColumnKind.Choice) with
    {
        Choices = ["المقابلة", "الاتصالات الهاتفية", "واتساب", "أخرى"],
    };

    private static readonly ColumnDefinition BranchColumn = ColumnDefinition.FromDisplayName("الفرع", ColumnKind.Choice) with { Choices = ["مكة", "جدة"] };

    private static readonly ColumnDefinition DecisionColumn = ColumnDefinition.FromDisplayName("القرار", ColumnKind.Choice) with { Choices = ["مقبول", "مرفوض"] };

    private readonly GraphLoopbackServer server;

    private ListFixture(GraphLoopbackServer server)
    {
        this.server = server;
        SiteId = server.SharePoint.AddSite(Hostname, SitePath, "العلاقات");
        CasesListId = server.SharePoint.AddList(
            SiteId,
            CasesTitle,
            ChannelColumn,
            BranchColumn,
            DecisionColumn,
            new ColumnDefinition("ReceivedAt", "تاريخ الاستلام", ColumnKind.DateTime),
            new ColumnDefinition("DecidedAt", "تاريخ القرار", ColumnKind.DateTime),
            new ColumnDefinition("DeliveredAt", "تاريخ تقديم الخدمة", ColumnKind.DateTime),
            new ColumnDefinition("NationalId", "رقم الهوية", ColumnKind.Text),
            new ColumnDefinition("BeneficiaryEmail", "البريد الإلكتروني", ColumnKind.Text));
        InquiriesListId = server.SharePoint.AddList(
            SiteId,
            InquiriesTitle,
            ChannelColumn,
            new ColumnDefinition("ReceivedAt", "وقت الورود", ColumnKind.DateTime),
            new ColumnDefinition("AnsweredAt", "أول رد", ColumnKind.DateTime));
    }

    public string SiteId { get; }

    public string CasesListId { get; }

    public string InquiriesListId { get; }

    public static string Channel => ChannelColumn.Name;

    public static string Branch => BranchColumn.Name;

    public static string Decision => DecisionColumn.Name;

    public static ListFixture Create(GraphLoopbackServer server) => new(server);

    /// <summary>The mapping a deployment would write for these lists.</summary>
    public static SourcesOptions Sources(bool inquiries = true)
    {
        var cases = new ListSourceOptions { Site = "https://" + Hostname + SitePath, List = CasesTitle };
        cases.Columns["CaseNumber"] = "Title";
        cases.Columns["Channel"] = Channel;
        cases.Columns["Branch"] = Branch;
        cases.Columns["Decision"] = Decision;
        cases.Columns["Received"] = "ReceivedAt";
        cases.Columns["DecisionAt"] = "DecidedAt";
        cases.Columns["ServiceDelivered"] = "DeliveredAt";
        cases.Columns["ContactEmail"] = "BeneficiaryEmail";
        cases.Channels["واتساب"] = "SocialMedia";
        cases.Branches["مكة"] = "Makkah";
        cases.Branches["جدة"] = "Jeddah";
        cases.Decisions["مقبول"] = "Accepted";
        cases.Decisions["مرفوض"] = "Rejected";
        var options = new SourcesOptions { Cases = cases };
        if (inquiries)
        {
            var log = new ListSourceOptions { Site = Hostname + ":" + SitePath, List = InquiriesTitle };
            log.Columns["Channel"] = Channel;
            log.Columns["Received"] = "ReceivedAt";
            log.Columns["FirstResponse"] = "AnsweredAt";
            options.Inquiries = log;
        }

        return options;
    }

    public string AddCase(int number, string channel = "المقابلة", int minutes = 0) =>
        server.SharePoint.AddItem(SiteId, CasesListId, CaseFields(number, channel, minutes));

    public void UpdateCase(string itemId, int number, string channel, int minutes) =>
        server.SharePoint.UpdateItem(SiteId, CasesListId, itemId, CaseFields(number, channel, minutes));

    public void UpdateCaseField(string itemId, string column, object? value) =>
        server.SharePoint.UpdateItem(SiteId, CasesListId, itemId, new Dictionary<string, object?> { [column] = value });

    public void DeleteCase(string itemId) => server.SharePoint.DeleteItem(SiteId, CasesListId, itemId);

    public string AddInquiry(int minutes, string channel = "الاتصالات الهاتفية") =>
        server.SharePoint.AddItem(SiteId, InquiriesListId, new Dictionary<string, object?>
        {
            ["Title"] = "استفسار",
            [Channel] = channel,
            ["ReceivedAt"] = Start.AddMinutes(minutes),
            ["AnsweredAt"] = Start.AddMinutes(minutes + 90),
        });

    /// <summary>Every third beneficiary left no address: the survey must count them, not lose them.</summary>
    public static string? Email(int number) => number % 3 == 0 ? null : $"beneficiary{number}@example.org";

    public static string CaseNumber(int number) => "C-" + number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, object?> CaseFields(int number, string channel, int minutes) => new()
    {
        ["Title"] = CaseNumber(number),
        [Channel] = channel,
        [Branch] = number % 2 == 0 ? "مكة" : "جدة",
        ["ReceivedAt"] = Start.AddMinutes(minutes),
        // Personal data in the register that must never be asked for.
        ["NationalId"] = "1012345678",
        ["BeneficiaryEmail"] = Email(number),
    };
}
