using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace Tarmeem.Host.Graph;

/// <summary>Builds the Azure.Identity credential that <c>Tarmeem:Graph:Auth</c> chooses.</summary>
internal static class GraphCredentialFactory
{
    public static TokenCredential Create(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var authority = new Uri(options.AuthorityHost);
        return options.Auth switch
        {
            // A file without password may be PEM or PFX: Azure.Identity reads both from the path.
            GraphAuthMode.Certificate when !string.IsNullOrWhiteSpace(options.CertificatePath) && string.IsNullOrEmpty(options.CertificatePassword) =>
                new ClientCertificateCredential(
                    options.TenantId, options.ClientId, options.CertificatePath, new ClientCertificateCredentialOptions { AuthorityHost = authority }),
            GraphAuthMode.Certificate => new ClientCertificateCredential(
                options.TenantId, options.ClientId, LoadCertificate(options), new ClientCertificateCredentialOptions { AuthorityHost = authority }),
            GraphAuthMode.Secret => new ClientSecretCredential(
                options.TenantId, options.ClientId, options.ClientSecret, new ClientSecretCredentialOptions { AuthorityHost = authority }),
            GraphAuthMode.ManagedIdentity => new ManagedIdentityCredential(
                string.IsNullOrWhiteSpace(options.ClientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(options.ClientId)),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Auth, "Unknown Tarmeem:Graph:Auth."),
        };
    }

    private static X509Certificate2 LoadCertificate(GraphOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, options.CertificateThumbprint!, validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException(
            $"{GraphOptions.Section}:CertificateThumbprint is {options.CertificateThumbprint}, but no certificate with that thumbprint is in the personal store of the current user or the machine: import it there, or set {GraphOptions.Section}:CertificatePath instead.");
    }
}
