namespace Tarmeem.Host.Sync;

/// <summary>One SharePoint list and its mapping (<c>Tarmeem:Sources:Cases</c> or <c>…:Inquiries</c>).</summary>
internal sealed class ListSourceOptions
{
    /// <summary>The site: its URL (<c>https://contoso.sharepoint.com/sites/Relations</c>), <c>host:/sites/Relations</c>, or its id.</summary>
    public string Site { get; set; } = "";

    /// <summary>The list's title or id.</summary>
    public string List { get; set; } = "";

    /// <summary>
    /// Logical field → the column's internal name (not the display name: Arabic names arrive encoded, e.g.
    /// <c>_x0627__x0644__x0642__x0646__x0627_</c>; <c>tarmeem check</c> lists them).
    /// </summary>
    public IDictionary<string, string> Columns { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Choice text → channel code (InPerson, Phone, …). The policy's Arabic labels and the codes map without an entry.</summary>
    public IDictionary<string, string> Channels { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Choice text → branch (Makkah, Jeddah, Taif, AlLith, AlQunfudhah).</summary>
    public IDictionary<string, string> Branches { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Cases only: choice text → service type (Restoration, Maintenance, Furnishing, Accessibility, Development).</summary>
    public IDictionary<string, string> ServiceTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Cases only: choice text → decision (Pending, Accepted, Rejected). An empty cell is Pending.</summary>
    public IDictionary<string, string> Decisions { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Inquiries only: choice text → category (ServiceInformation, ApplicationStatus, Eligibility, Complaint, Suggestion, Volunteering, Other).</summary>
    public IDictionary<string, string> Categories { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
