using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tarmeem.Core.Store;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// The survey page: <c>GET /s/{token}</c> shows the form with the tapped rating chosen and records nothing;
/// <c>POST /s/{token}</c> records the one answer; <c>GET|POST /s/{token}/optout</c> asks, then stops further surveys.
/// Needs <see cref="SurveyPageServices.AddSurveyPage"/>; no middleware (antiforgery is checked in the handlers).
/// </summary>
public static class SurveyPageEndpoints
{
    public static IEndpointRouteBuilder MapSurveyPage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/s/{token}", ShowAsync);
        endpoints.MapPost("/s/{token}", SubmitAsync);
        endpoints.MapGet("/s/{token}/optout", ConfirmOptOutAsync);
        endpoints.MapPost("/s/{token}/optout", OptOutAsync);
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(HttpContext http, string token)
    {
        var (page, _, failure) = await OpenAsync(http, token);
        if (failure is not null)
        {
            return failure;
        }

        var selected = SurveyAnswerForm.Score(http.Request.Query["r"].ToString());
        return Html(http, 200, page.Renderer.Form(Action(http, token), selected, null, Antiforgery(http), Action(http, token) + "/optout", showError: false));
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, string token)
    {
        var (page, match, failure) = await OpenAsync(http, token);
        if (failure is not null)
        {
            return failure;
        }

        if (!await ValidAntiforgeryAsync(http))
        {
            return Html(http, 400, page.Renderer.Message("Page_StaleForm"));
        }

        var form = SurveyAnswerForm.Read(await http.Request.ReadFormAsync(http.RequestAborted));
        if (form.Overall is null)
        {
            return Html(http, 400, page.Renderer.Form(Action(http, token), null, form, Antiforgery(http), Action(http, token) + "/optout", showError: true));
        }

        var recorded = await page.Store.TryRecordResponseAsync(form.ToResponse(match!.InvitationId, page.Time.GetUtcNow()), http.RequestAborted);
        return recorded
            ? Html(http, 200, page.Renderer.Thanks(form.Overall.Value, form.Comment))
            : Html(http, 200, page.Renderer.Message("Page_AlreadyAnswered"));
    }

    private static async Task<IResult> ConfirmOptOutAsync(HttpContext http, string token)
    {
        var (page, match, failure) = await OpenAsync(http, token, allowAnswered: true);
        if (failure is not null)
        {
            return failure;
        }

        return match!.OptedOut
            ? Html(http, 200, page.Renderer.Message("Page_OptedOutAlready"))
            : Html(http, 200, page.Renderer.OptOutConfirm(Action(http, token) + "/optout", Antiforgery(http)));
    }

    private static async Task<IResult> OptOutAsync(HttpContext http, string token)
    {
        var (page, match, failure) = await OpenAsync(http, token, allowAnswered: true);
        if (failure is not null)
        {
            return failure;
        }

        if (!await ValidAntiforgeryAsync(http))
        {
            return Html(http, 400, page.Renderer.Message("Page_StaleForm"));
        }

        await page.Store.OptOutAsync(match!.InvitationId, page.Time.GetUtcNow(), http.RequestAborted);
        return Html(http, 200, page.Renderer.Message("Page_OptOutDone"));
    }

    /// <summary>Finds the token's invitation, or the kind page to answer with instead (unknown, expired, answered, too many tries).</summary>
    private static async Task<(SurveyPageContext Page, SurveyTokenMatch? Match, IResult? Failure)> OpenAsync(HttpContext http, string token, bool allowAnswered = false)
    {
        var page = http.RequestServices.GetRequiredService<SurveyPageContext>();
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (page.Limiter.IsBlocked(address))
        {
            return (page, null, Html(http, 429, page.Renderer.Message("Page_TooMany")));
        }

        var match = SurveyTokens.HasShape(token)
            ? await page.Store.FindByTokenHashAsync(SurveyTokens.Hash(token), http.RequestAborted)
            : null;
        if (match is null)
        {
            page.Limiter.RecordFailure(address);
            return (page, null, Html(http, 404, page.Renderer.Message("Page_Unknown")));
        }

        if (match.Answered && !allowAnswered)
        {
            return (page, match, Html(http, 200, page.Renderer.Message("Page_AlreadyAnswered")));
        }

        if (page.Time.GetUtcNow() >= match.ExpiresAt && !allowAnswered)
        {
            return (page, match, Html(http, 410, page.Renderer.Message("Page_Expired")));
        }

        return (page, match, null);
    }

    private static async Task<bool> ValidAntiforgeryAsync(HttpContext http)
    {
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static AntiforgeryField Antiforgery(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new AntiforgeryField(tokens.FormFieldName, tokens.RequestToken!);
    }

    private static string Action(HttpContext http, string token) => http.Request.PathBase + "/s/" + Uri.EscapeDataString(token);

    private static IResult Html(HttpContext http, int status, string html)
    {
        var headers = http.Response.Headers;
        // Links carry a token: keep pages out of caches, referrers and frames; allow only our inline styles.
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
