namespace Tarmeem.Host.Delivery;

/// <summary>Section <c>Tarmeem:Delivery</c>: who receives the reports, from which mailbox, and where copies are filed.</summary>
internal sealed class DeliveryOptions
{
    public const string Section = "Tarmeem:Delivery";

    /// <summary>Graph's limit for a whole sendMail request is about 4 MB; attachments under 3 MB in total go inline.</summary>
    public const long GraphInlineLimit = 3 * 1024 * 1024;

    /// <summary>Outlook refuses a request body over 4 MB (413), counted after base64 has made the attachments a third larger.</summary>
    public const long GraphRequestLimit = 4 * 1024 * 1024;

    /// <summary>Graph's simple upload (PUT …/content) takes files up to 4 MB; larger ones need an upload session.</summary>
    public const long GraphSimpleUploadLimit = 4 * 1024 * 1024;

    /// <summary>Upload-session fragments must be multiples of 320 KiB (except the last).</summary>
    public const int UploadUnit = 320 * 1024;

    /// <summary>The mailbox the reports are sent from (user id or UPN), e.g. <c>reports@tarmeem.org.sa</c>.</summary>
    public string Sender { get; set; } = "";

    /// <summary>Who receives the monthly management report.</summary>
    public IList<string> ManagementRecipients { get; } = [];

    /// <summary>Who receives the quarterly and annual board reports.</summary>
    public IList<string> BoardRecipients { get; } = [];

    /// <summary>The document library (drive id) that keeps a copy of every report; empty means no copy is filed.</summary>
    public string DriveId { get; set; } = "";

    /// <summary>A folder below the library's root, e.g. <c>Quality reports</c>; files go to <c>{Folder}/{Year}/{Period}/</c>.</summary>
    public string LibraryFolder { get; set; } = "";

    /// <summary>Also attach and file a PDF of each Word and Excel report, converted by Microsoft 365 from the filed copy (needs <see cref="DriveId"/>).</summary>
    public bool ConvertToPdf { get; set; }

    /// <summary>
    /// Must stay true: the copy in Sent Items is how a run after a crash or an unknown outcome knows the report went
    /// out. Kept so that a settings file saying false is refused with the reason rather than silently ignored.
    /// </summary>
    public bool SaveToSentItems { get; set; } = true;

    /// <summary>
    /// After a send whose outcome is unknown (a 504, a dropped connection), how long to wait before looking for the
    /// message in the Outbox and Sent Items; Exchange may take a few seconds to file it.
    /// </summary>
    public TimeSpan AmbiguousLookupDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The e-mail template; empty means <c>templates/report-email.html</c> beside the program.</summary>
    public string EmailTemplate { get; set; } = "";

    /// <summary>Attachments up to this total go inside sendMail; above it a draft is made and each large file uploaded in a session.</summary>
    public long InlineAttachmentLimitBytes { get; set; } = GraphInlineLimit;

    /// <summary>Files up to this size are filed with one PUT; larger ones through an upload session.</summary>
    public long SimpleUploadLimitBytes { get; set; } = GraphSimpleUploadLimit;

    /// <summary>Bytes per upload-session fragment: a multiple of 320 KiB, at most 4 MB (Outlook's limit). Default 10 × 320 KiB.</summary>
    public int UploadChunkBytes { get; set; } = 10 * UploadUnit;

    /// <summary>
    /// Who reviews a report before it goes out. Empty: reports go straight out. Otherwise the board report (and the
    /// management report with <see cref="ReviewManagementReport"/>) is filed as a draft in <see cref="ReviewFolder"/>
    /// and delivered only once a reviewer approves it.
    /// </summary>
    public IList<string> Reviewers { get; } = [];

    /// <summary>Send the monthly management report through the same review as the board report.</summary>
    public bool ReviewManagementReport { get; set; }

    /// <summary>The library folder for drafts under review: <c>{ReviewFolder}/{year}/{period}/</c>.</summary>
    public string ReviewFolder { get; set; } = "Review";

    /// <summary>A draft not approved this long after the reviewers were asked gets one reminder.</summary>
    public TimeSpan ReviewReminderAfter { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Where reviewers reach <c>serve</c>'s approval page (<c>{ApprovalBaseUrl}/review/{token}</c>), e.g. <c>https://tarmeem.example/</c>.</summary>
    public string ApprovalBaseUrl { get; set; } = "";

    /// <summary>What a case number looks like (a regular expression), so that one typed into a draft is refused.</summary>
    public string CaseNumberPattern { get; set; } = @"\b[A-Za-z]{1,5}-\d{4,}\b";

    /// <summary>True when this kind of report is reviewed before it goes out.</summary>
    public bool IsReviewed(Tarmeem.Reporting.Word.ReportKind kind) =>
        Reviewers.Count > 0 && (kind == Tarmeem.Reporting.Word.ReportKind.Board || ReviewManagementReport);

    public IList<string> RecipientsFor(Tarmeem.Reporting.Word.ReportKind kind) =>
        kind == Tarmeem.Reporting.Word.ReportKind.Board ? BoardRecipients : ManagementRecipients;
}
