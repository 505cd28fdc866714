using System.Globalization;
using Microsoft.Extensions.Options;

namespace Tarmeem.Host.Graph;

/// <summary>Checks <c>Tarmeem:Graph</c> when a command that talks to Graph first reads it, naming the key to fix.</summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        const string prefix = GraphOptions.Section;
        CheckUrl(options.BaseUrl, $"{prefix}:BaseUrl", "https://graph.microsoft.com/v1.0", errors);
        CheckUrl(options.AuthorityHost, $"{prefix}:AuthorityHost", "https://login.microsoftonline.com/", errors);
        if (Uri.TryCreate(options.AuthorityHost, UriKind.Absolute, out var authority) && authority.Scheme == Uri.UriSchemeHttp)
        {
            // Azure.Identity refuses a plain-http authority when it first signs in, even on loopback: say so now.
            errors.Add($"{prefix}:AuthorityHost is '{options.AuthorityHost}': sign-in needs https, even on this machine; use e.g. https://login.microsoftonline.com/ (or your national cloud's https authority).");
        }

        if (options.Auth != GraphAuthMode.ManagedIdentity)
        {
            if (!Guid.TryParse(options.TenantId, out _))
            {
                errors.Add($"{prefix}:TenantId is '{options.TenantId}': give the directory (tenant) id, a GUID from the Entra admin center's overview page.");
            }

            if (!Guid.TryParse(options.ClientId, out _))
            {
                errors.Add($"{prefix}:ClientId is '{options.ClientId}': give the application (client) id of the app registration, a GUID.");
            }
        }

        switch (options.Auth)
        {
            case GraphAuthMode.Certificate when string.IsNullOrWhiteSpace(options.CertificatePath) && string.IsNullOrWhiteSpace(options.CertificateThumbprint):
                errors.Add($"{prefix}:CertificatePath and {prefix}:CertificateThumbprint are both empty: with Auth = Certificate give the certificate file (PFX or PEM with its key) or the thumbprint of one in the certificate store.");
                break;
            case GraphAuthMode.Certificate when !string.IsNullOrWhiteSpace(options.CertificatePath) && !File.Exists(options.CertificatePath):
                errors.Add($"{prefix}:CertificatePath points to {options.CertificatePath}, which does not exist: give the path of the certificate file.");
                break;
            case GraphAuthMode.Secret when string.IsNullOrWhiteSpace(options.ClientSecret):
                errors.Add($"{prefix}:ClientSecret is empty: with Auth = Secret set it (e.g. environment variable TARMEEM__GRAPH__CLIENTSECRET), or use Auth = Certificate.");
                break;
            default:
                break;
        }

        if (options.MaxRetries is < 0 or > 20)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{prefix}:MaxRetries is {options.MaxRetries}: give 0 to 20 (5 is a good default)."));
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.MaxRetryDelay < options.RetryBaseDelay)
        {
            errors.Add($"{prefix}:RetryBaseDelay and {prefix}:MaxRetryDelay must be positive with the base not above the maximum, e.g. \"00:00:02\" and \"00:02:00\".");
        }

        if (options.PageSize is < 1 or > 5000)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{prefix}:PageSize is {options.PageSize}: give 1 to 5000 (SharePoint pages at most 5000 items)."));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Only https, except plain http to this machine's loopback address, where no token can leak.</summary>
    private static void CheckUrl(string value, string key, string example, List<string> errors)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            errors.Add($"{key} is '{value}', which is not an absolute URL: give e.g. {example}.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            errors.Add($"{key} is '{value}': plain http is allowed only for a loopback address (127.0.0.1, ::1, localhost) used in tests; use https.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            errors.Add($"{key} is '{value}': use an https URL such as {example}.");
        }
    }
}
