using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tarmeem.Benchmarks.AddIn;

/// <summary>
/// An OpenID issuer on loopback with its own RSA key, serving the metadata and keys the status API fetches once at
/// its first request, and signing the one staff token the benchmark sends.
/// </summary>
internal sealed class BenchIssuer : IAsyncDisposable
{
    public const string Audience = "11111111-2222-3333-4444-555555555555";
    public const string StaffRole = "RelationsStaff";
    private const string KeyId = "bench-key-1";
    private static readonly string[] SigningAlgorithms = ["RS256"];
    private static readonly string[] StaffRoles = [StaffRole];

    private readonly RSA key = RSA.Create(2048);
    private readonly WebApplication app;

    private BenchIssuer(WebApplication app) => this.app = app;

    public string Authority => app.Urls.First();

    public static async Task<BenchIssuer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var issuer = new BenchIssuer(builder.Build());
        issuer.app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Authority,
            ["jwks_uri"] = issuer.Authority + "/discovery/keys",
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        }));
        issuer.app.MapGet("/discovery/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(issuer.key.ExportParameters(false)) { KeyId = KeyId });
            return Results.Text(JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } }), "application/json");
        });
        await issuer.app.StartAsync(cancellationToken);
        return issuer;
    }

    /// <summary>A staff access token as Entra issues it to the pane, valid for the benchmark's length and then some.</summary>
    public string StaffToken()
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(2),
            Claims = new Dictionary<string, object> { ["oid"] = Guid.NewGuid().ToString(), ["roles"] = StaffRoles },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        key.Dispose();
    }
}
