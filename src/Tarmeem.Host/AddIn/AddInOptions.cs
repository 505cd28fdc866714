namespace Tarmeem.Host.AddIn;

/// <summary>
/// <c>Tarmeem:AddIn</c>: the Outlook add-in «ترميم — متابعة الاستفسار» — its manifest identity, the Entra app whose
/// tokens its pane sends, and who may read the status. Unset (no <see cref="ClientId"/>) means the status API is off.
/// </summary>
internal sealed class AddInOptions
{
    public const string Section = "Tarmeem:AddIn";

    /// <summary>The add-in's own id in both manifests; keep it for the life of the add-in (a new one is a new add-in).</summary>
    public Guid AppId { get; set; }

    /// <summary>The https root the pane is served from; empty means <c>Tarmeem:Surveys:PublicBaseUrl</c>.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The Entra app registration (client id) of the service's API, which the pane signs in to.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The OpenID authority, e.g. <c>https://login.microsoftonline.com/{tenant-id}/v2.0</c>.</summary>
    public string Authority { get; set; } = "";

    /// <summary>The token audience the API accepts; empty means <see cref="ClientId"/> (what v2.0 tokens carry).</summary>
    public string Audience { get; set; } = "";

    /// <summary>The delegated scope the pane asks for, e.g. <c>api://{host}/{client-id}/access_as_user</c>.</summary>
    public string ApiScope { get; set; } = "";

    /// <summary>The app role (in the token's <c>roles</c>) that relations staff are assigned.</summary>
    public string StaffRole { get; set; } = "RelationsStaff";

    /// <summary>Or: the object id of the relations staff's Entra group (in the token's <c>groups</c>).</summary>
    public string StaffGroupId { get; set; } = "";

    /// <summary>
    /// Where the pane imports MSAL Browser (an ES module) from, on first sign-in only. Point it at a copy you host to
    /// avoid a third-party CDN.
    /// </summary>
    public string MsalModuleUrl { get; set; } = "https://cdn.jsdelivr.net/npm/@azure/msal-browser@5.29.0/+esm";

    /// <summary>The first-answer target the pane compares against, in business hours (days off do not count).</summary>
    public TimeSpan FirstAnswerTarget { get; set; } = TimeSpan.FromHours(24);

    internal bool Enabled => !string.IsNullOrWhiteSpace(ClientId);

    internal string EffectiveAudience => string.IsNullOrWhiteSpace(Audience) ? ClientId : Audience;
}
