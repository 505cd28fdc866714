using Azure.Identity;

namespace Tarmeem.Host.Graph;

/// <summary>
/// Recognises a failed sign-in to Microsoft Graph, wherever the SDK or a retry wrapped it, and says in one line what
/// to check. Azure.Identity reports a wrong tenant, client, secret or certificate, and an authority it cannot reach,
/// as <see cref="AuthenticationFailedException"/>; a managed identity that is not there as
/// <see cref="CredentialUnavailableException"/>.
/// </summary>
internal static class SignInFailure
{
    public const string WhatToCheck =
        $"Check {GraphOptions.Section}:TenantId, ClientId, Auth, AuthorityHost and the certificate or secret (README, \"Microsoft 365 sync\").";

    /// <summary>The sign-in failure inside <paramref name="error"/>, or null when it is something else.</summary>
    public static Exception? Find(Exception? error)
    {
        for (var depth = 0; error is not null && depth < 10; depth++)
        {
            if (error is AuthenticationFailedException or CredentialUnavailableException)
            {
                return error;
            }

            error = error is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : error.InnerException;
        }

        return null;
    }

    /// <summary>One line: what failed, Azure.Identity's first line of why, and what to check.</summary>
    public static string Describe(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var reason = failure.Message.Split('\n', 2)[0].Trim();
        return $"Sign-in to Microsoft Graph failed: {reason} {WhatToCheck}";
    }
}
