namespace Tarmeem.Host.Graph;

/// <summary>How tarmeem signs in to Microsoft Graph as an application.</summary>
internal enum GraphAuthMode
{
    /// <summary>An app registration with a certificate (recommended: nothing secret travels or sits in config).</summary>
    Certificate = 0,

    /// <summary>An app registration with a client secret (simpler, weaker; rotate it).</summary>
    Secret = 1,

    /// <summary>The Azure managed identity of the machine running tarmeem (no credential to keep at all).</summary>
    ManagedIdentity = 2,
}
