using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Tarmeem.GraphLoopback.Identity;

/// <summary>
/// An Azure App Service managed-identity endpoint on the server's origin, handing out the accepted token: a child
/// process signs in with <c>Tarmeem:Graph:Auth</c> ManagedIdentity and the environment variables
/// <see cref="EndpointVariable"/> and <see cref="HeaderVariable"/>, as on App Service — nothing in the program changes.
/// </summary>
public static class ManagedIdentityEndpoint
{
    public const string EndpointVariable = "IDENTITY_ENDPOINT";

    public const string HeaderVariable = "IDENTITY_HEADER";

    /// <summary>The secret App Service puts in <see cref="HeaderVariable"/>; a request without it gets 401 as there.</summary>
    public const string Secret = "loopback-identity-header";

    internal const string Path = "/msi/token";

    /// <summary>The environment a child process needs to sign in here.</summary>
    public static IReadOnlyDictionary<string, string> Environment(string origin) => new Dictionary<string, string>
    {
        [EndpointVariable] = origin + Path,
        [HeaderVariable] = Secret,
    };

    internal static async Task WriteAsync(HttpContext http, string token, DateTimeOffset now)
    {
        if (!string.Equals(http.Request.Headers["X-IDENTITY-HEADER"], Secret, StringComparison.Ordinal))
        {
            http.Response.StatusCode = 401;
            return;
        }

        http.Response.ContentType = "application/json";
        var body = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["access_token"] = token,
            ["expires_on"] = now.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["resource"] = http.Request.Query["resource"].ToString(),
            ["token_type"] = "Bearer",
        });
        await http.Response.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
    }
}
