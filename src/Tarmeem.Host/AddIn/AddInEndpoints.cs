using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Time;
using Tarmeem.Store;
using Tarmeem.Host.Sync;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// What <c>serve</c> offers the add-in: its pane's files under <c>/addin/</c> (always) and, once <c>Tarmeem:AddIn</c>
/// names a client id, the read-only <c>GET /api/addin/status?conversationId=…</c> behind an Entra token.
/// </summary>
internal static class AddInEndpoints
{
    /// <summary>Graph and Outlook conversation ids are base64 of a few dozen bytes; anything else is refused unread.</summary>
    private const int MaxConversationIdLength = 512;

    /// <summary>The status API's services; reads go through the <see cref="StoreSession"/> the service opened at start.</summary>
    public static IServiceCollection AddAddInServing(this IServiceCollection services)
    {
        services.AddAddInAuthentication();
        services.AddSingleton(sp => new AddInStatusReader(
            sp.GetRequiredService<StoreSession>().Records.Dialect, sp.GetRequiredService<BusinessCalendar>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<AddInOptions>>(),
            new MailCategoryCatalog(sp.GetRequiredService<IOptions<SourcesOptions>>().Value.Mailbox ?? new MailboxSourceOptions())));
        return services;
    }

    /// <param name="anonymousStatus">
    /// <c>serve --sample</c> only: the status API answers without a token, for the demo pane (there is no tenant to
    /// sign in to and the store holds only the sample).
    /// </param>
    public static void MapAddIn(this WebApplication app, bool anonymousStatus = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<AddInOptions>>().Value;
        // Scripts only from here, Office.js's CDN and MSAL's module; the rest is left to Outlook, which frames the pane.
        var scripts = $"script-src 'self' https://appsforoffice.microsoft.com {Origin(options.MsalModuleUrl)}; object-src 'none'; base-uri 'none'";
        app.MapGet("/addin/config.json", () => Results.Json(new
        {
            options.ClientId,
            Authority = options.Authority.EndsWith("/v2.0", StringComparison.Ordinal) ? options.Authority[..^"/v2.0".Length] : options.Authority,
            Scope = options.ApiScope,
            options.MsalModuleUrl,
        }, AddInJson.Options));
        app.MapGet("/addin/{file}", (string file, HttpContext http) =>
        {
            if (!AddInFiles.TryGet(file, out var content, out var contentType))
            {
                return Results.NotFound();
            }

            http.Response.Headers.ContentSecurityPolicy = scripts;
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(content, contentType);
        });

        if (!options.Enabled && !anonymousStatus)
        {
            return;
        }

        if (!anonymousStatus)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }

        var status = app.MapGet("/api/addin/status", async (string? conversationId, AddInStatusReader reader, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(conversationId) || conversationId.Length > MaxConversationIdLength)
            {
                return Results.BadRequest(new { error = "conversationId is missing or longer than a conversation id can be." });
            }

            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(await reader.ReadAsync(conversationId, cancellationToken), AddInJson.Options);
        });
        if (!anonymousStatus)
        {
            status.RequireAuthorization(AddInAuthentication.StaffPolicy);
        }
    }

    private static string Origin(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "";
}
