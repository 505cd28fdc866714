namespace Tarmeem.GraphLoopback.Http;

/// <summary>Graph's 401 answers: no token, or a token the test did not accept.</summary>
internal static class BearerGate
{
    private const string Challenge =
        "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"";

    /// <summary>Null when the request carries <c>Authorization: Bearer {accepted}</c>; otherwise the 401 to send.</summary>
    public static GraphResponse? Check(GraphRequest request, string acceptedToken, DateTimeOffset now)
    {
        var header = request.Header("Authorization");
        const string scheme = "Bearer ";
        if (string.IsNullOrWhiteSpace(header) || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            return GraphErrors.Create(401, "InvalidAuthenticationToken", "Access token is empty.", request, now)
                .WithHeader("WWW-Authenticate", Challenge);
        }

        return string.Equals(header[scheme.Length..].Trim(), acceptedToken, StringComparison.Ordinal)
            ? null
            : GraphErrors.Create(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.", request, now)
                .WithHeader("WWW-Authenticate", Challenge);
    }
}
