using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// The status API's door: a Microsoft Entra access token (issuer, audience, signature and expiry checked against the
/// authority's OpenID metadata and keys) carrying the relations staff's app role or group.
/// </summary>
internal static class AddInAuthentication
{
    public const string StaffPolicy = "tarmeem-relations-staff";

    public static IServiceCollection AddAddInAuthentication(this IServiceCollection services)
    {
        // No default scheme: the survey page and health stay untouched; only the status API names this one.
        services.AddAuthentication().AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AddInOptions>>((jwt, addIn) => Configure(jwt, addIn.Value));
        services.AddAuthorizationBuilder().AddPolicy(StaffPolicy, policy => policy
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new StaffRequirement()));
        services.AddSingleton<IAuthorizationHandler, StaffHandler>();
        return services;
    }

    private static void Configure(JwtBearerOptions jwt, AddInOptions options)
    {
        jwt.Authority = options.Authority;
        // Only a loopback issuer (tests, a local demo) may serve its metadata over plain http.
        jwt.RequireHttpsMetadata = !Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || !authority.IsLoopback;
        // Claims keep Entra's names (roles, groups, oid) instead of being renamed to WS-Federation URIs.
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters.ValidateIssuer = true;
        jwt.TokenValidationParameters.ValidateAudience = true;
        jwt.TokenValidationParameters.ValidAudience = options.EffectiveAudience;
        jwt.TokenValidationParameters.ValidateLifetime = true;
        jwt.TokenValidationParameters.RequireExpirationTime = true;
        jwt.TokenValidationParameters.RequireSignedTokens = true;
        jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
        jwt.TokenValidationParameters.RoleClaimType = "roles";
    }
}
