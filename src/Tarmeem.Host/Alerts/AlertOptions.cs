namespace Tarmeem.Host.Alerts;

/// <summary>
/// Section <c>Tarmeem:Alerts</c>: the morning alert to each branch's relations staff about cases nearing or past the
/// decision standard (<c>Tarmeem:Reports:DecisionStandardDays</c>) and mailed inquiries still unanswered.
/// </summary>
internal sealed class AlertOptions
{
    public const string Section = "Tarmeem:Alerts";

    /// <summary>Off until switched on: an alert nobody asked for is noise.</summary>
    public bool Enabled { get; set; }

    /// <summary>Quartz cron (seconds first) in <c>Tarmeem:Schedule:TimeZone</c>: 08:00 Sunday–Thursday. Holidays are skipped by the service.</summary>
    public string Schedule { get; set; } = "0 0 8 ? * SUN-THU";

    /// <summary>A case is listed from this calendar day after receipt (day 10 of the 14).</summary>
    public int ThresholdDays { get; set; } = 10;

    /// <summary>A mailed inquiry with no reply this long after it arrived is listed.</summary>
    public TimeSpan FirstResponseTarget { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// A case's SharePoint item address with <c>{id}</c> for the list item id, e.g.
    /// <c>https://contoso.sharepoint.com/sites/Relations/Lists/Cases/DispForm.aspx?ID={id}</c>. Empty: built from
    /// <c>Tarmeem:Sources:Cases</c> when its Site is a URL and its List an id; otherwise the case number is shown alone.
    /// </summary>
    public string CaseItemUrl { get; set; } = string.Empty;

    /// <summary>Branch (Makkah, Jeddah, Taif, AlLith, AlQunfudhah) → the relations staff's addresses. A branch left out gets no alert.</summary>
    public IDictionary<string, IList<string>> Recipients { get; } = new Dictionary<string, IList<string>>(StringComparer.OrdinalIgnoreCase);
}
