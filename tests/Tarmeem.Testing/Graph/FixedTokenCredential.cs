using Azure.Core;

namespace Tarmeem.Testing.Graph;

/// <summary>An Azure.Core credential that always hands out the same bearer token (no Entra ID in tests).</summary>
public sealed class FixedTokenCredential(string token) : TokenCredential
{
    // Far in the future so the SDK never tries to refresh it; fixed, not read from the clock.
    private static readonly DateTimeOffset Expiry = new(2099, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(token, Expiry);

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AccessToken(token, Expiry));
}
