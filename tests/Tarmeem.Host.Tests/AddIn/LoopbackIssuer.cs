using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tarmeem.Host.Tests.AddIn;

/// <summary>
/// A small OpenID issuer on loopback with its own RSA key: /.well-known/openid-configuration and its JWKS, as Entra
/// serves them, and tokens signed by that key (or, for the refusal tests, by a key it never published).
/// </summary>
internal sealed class LoopbackIssuer : IAsyncDisposable
{
    public const string Audience = "11111111-2222-3333-4444-555555555555";
    public const string StaffRole = "RelationsStaff";
    private const string KeyId = "loopback-key-1";
    private static readonly string[] SigningAlgorithms = ["RS256"];

    private readonly RSA key = RSA.Create(2048);
    private readonly WebApplication app;

    private LoopbackIssuer(WebApplication app) => this.app = app;

    public string Authority => app.Urls.First();

    public static async Task<LoopbackIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var issuer = new LoopbackIssuer(builder.Build());
        issuer.app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Authority,
            ["jwks_uri"] = issuer.Authority + "/discovery/keys",
            ["authorization_endpoint"] = issuer.Authority + "/authorize",
            ["token_endpoint"] = issuer.Authority + "/token",
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        }));
        issuer.app.MapGet("/discovery/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(issuer.key.ExportParameters(false)) { KeyId = KeyId });
            return Results.Text(JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } }), "application/json");
        });
        await issuer.app.StartAsync();
        return issuer;
    }

    /// <summary>A token as Entra issues it to the pane; each argument bends one thing a test wants refused.</summary>
    public string Token(
        string? audience = null,
        string? issuer = null,
        IReadOnlyList<string>? roles = null,
        IReadOnlyList<string>? groups = null,
        TimeSpan? expiresIn = null,
        bool foreignKey = false)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(30));
        var claims = new Dictionary<string, object> { ["oid"] = Guid.NewGuid().ToString(), ["roles"] = roles ?? [StaffRole] };
        if (groups is not null)
        {
            claims["groups"] = groups;
        }

        using var foreign = foreignKey ? RSA.Create(2048) : null;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Authority,
            Audience = audience ?? Audience,
            IssuedAt = expires < now ? expires.AddHours(-1) : now,
            NotBefore = expires < now ? expires.AddHours(-1) : now,
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(foreign ?? key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        key.Dispose();
    }
}
