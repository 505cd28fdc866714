using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Time;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// What <c>serve</c> offers the add-in: its pane's files under <c>/addin/</c> (always) and, once <c>Tarmeem:AddIn</c>
/// names a client id, the read-only <c>GET /api/addin/status?conversationId=…</c> behind an Entra token.
/// </summary>
public static class AddInEndpoints
{
    /// <summary>Graph and Outlook conversation ids are base64 of a few dozen bytes; anything else is refused unread.</summary>
    private const int MaxConversationIdLength = 512;

    public static IServiceCollection AddAddInServing(this IServiceCollection services, string dataDirectory)
    {
        services.AddAddInAuthentication();
        services.AddSingleton(sp => new AddInStatusReader(
            dataDirectory, sp.GetRequiredService<BusinessCalendar>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<AddInOptions>>()));
        return services;
    }

    public static void MapAddIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/addin/{file}", (string file, HttpContext http) =>
        {
            if (!AddInFiles.TryGet(file, out var content, out var contentType))
            {
                return Results.NotFound();
            }

            // Office.js from Microsoft's CDN, MSAL loaded on demand from Microsoft's; the page is framed by Outlook.
            http.Response.Headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com https://alcdn.msauth.net; " +
                "connect-src 'self' https://login.microsoftonline.com; img-src 'self' data:; style-src 'self'; frame-src https://login.microsoftonline.com";
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(content, contentType);
        });

        if (!app.Services.GetRequiredService<IOptions<AddInOptions>>().Value.Enabled)
        {
            return;
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/api/addin/status", async (string? conversationId, AddInStatusReader reader, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(conversationId) || conversationId.Length > MaxConversationIdLength)
            {
                return Results.BadRequest(new { error = "conversationId is missing or longer than a conversation id can be." });
            }

            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(await reader.ReadAsync(conversationId, cancellationToken), AddInJson.Options);
        }).RequireAuthorization(AddInAuthentication.StaffPolicy);
    }
}
