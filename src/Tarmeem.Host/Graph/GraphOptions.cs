namespace Tarmeem.Host.Graph;

/// <summary>Section <c>Tarmeem:Graph</c>: how to reach and sign in to Microsoft Graph.</summary>
internal sealed class GraphOptions
{
    public const string Section = "Tarmeem:Graph";

    /// <summary>Graph's root including the version. Plain http is accepted only for loopback addresses (tests).</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The Entra ID authority, e.g. <c>https://login.microsoftonline.com/</c> (national clouds differ).</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com/";

    public GraphAuthMode Auth { get; set; } = GraphAuthMode.Certificate;

    /// <summary>The directory (tenant) id of the association's Microsoft 365.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The application (client) id of the app registration; with a managed identity, its client id if user-assigned.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>With <see cref="GraphAuthMode.Certificate"/>: a PFX/PEM file holding the private key …</summary>
    public string? CertificatePath { get; set; }

    /// <summary>… and its password, if any (better from an environment variable than from the file).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>… or the thumbprint of a certificate in the current user's or machine's personal store.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>With <see cref="GraphAuthMode.Secret"/>: the client secret (from an environment variable, never committed).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>How often a throttled (429) or unavailable (503/504) request is retried before the source stops.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first back-off when Graph sends no Retry-After; it doubles on each retry.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two tries, whatever Retry-After says.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Items per delta page asked of Graph.</summary>
    public int PageSize { get; set; } = 500;
}
