using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// The survey page: <c>GET /s/{token}</c> shows the form with the tapped rating chosen and records nothing;
/// <c>POST /s/{token}</c> records the one answer; <c>GET|POST /s/{token}/optout</c> asks, then stops further surveys.
/// Needs <see cref="SurveyPageServices.AddSurveyPage"/>. Posts must carry the form's <see cref="FormSeal"/> and not
/// come from another site's page (<c>Sec-Fetch-Site</c>); no cookie is set. Behind a proxy the host must run the forwarded-headers middleware first, or every client is the proxy.
/// </summary>
public static class SurveyPageEndpoints
{
    public static IEndpointRouteBuilder MapSurveyPage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Resolved once from the application's services: the handlers then need no request scope.
        var page = endpoints.ServiceProvider.GetRequiredService<SurveyPageContext>();
        endpoints.MapGet("/s/{token}", (HttpContext http, string token) => ShowAsync(http, page, token));
        endpoints.MapPost("/s/{token}", (HttpContext http, string token) => SubmitAsync(http, page, token));
        endpoints.MapGet("/s/{token}/optout", (HttpContext http, string token) => ConfirmOptOutAsync(http, page, token));
        endpoints.MapPost("/s/{token}/optout", (HttpContext http, string token) => OptOutAsync(http, page, token));
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(HttpContext http, SurveyPageContext page, string token)
    {
        var (_, failure) = await OpenAsync(http, page, token, allowAnswered: false);
        if (failure is not null)
        {
            return failure;
        }

        var selected = SurveyAnswerForm.Score(http.Request.Query["r"].ToString());
        var action = Action(http, token);
        return page.Renderer.FreshForm(action, selected, page.Seal.For(token, FormPurpose.Answer), action + "/optout");
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, SurveyPageContext page, string token)
    {
        var (match, failure) = await OpenAsync(http, page, token, allowAnswered: false);
        if (failure is not null)
        {
            return failure;
        }

        var posted = await http.Request.ReadFormAsync(http.RequestAborted);
        if (CrossSite(http) || !page.Seal.IsValid(token, FormPurpose.Answer, posted[FormSeal.FieldName].ToString()))
        {
            return Html(page, 400, page.Renderer.Message("Page_StaleForm"));
        }

        var form = SurveyAnswerForm.Read(posted);
        if (form.Overall is null)
        {
            var action = Action(http, token);
            return Html(page, 400, page.Renderer.Form(action, null, form, page.Seal.For(token, FormPurpose.Answer), action + "/optout", showError: true));
        }

        var recorded = await page.Store.TryRecordResponseAsync(form.ToResponse(match!.InvitationId, page.Time.GetUtcNow()), http.RequestAborted);
        return recorded
            ? Html(page, 200, page.Renderer.Thanks(form.Overall.Value, form.Comment))
            : Html(page, 200, page.Renderer.Message("Page_AlreadyAnswered"));
    }

    private static async Task<IResult> ConfirmOptOutAsync(HttpContext http, SurveyPageContext page, string token)
    {
        var (match, failure) = await OpenAsync(http, page, token, allowAnswered: true);
        if (failure is not null)
        {
            return failure;
        }

        return match!.OptedOut
            ? Html(page, 200, page.Renderer.Message("Page_OptedOutAlready"))
            : Html(page, 200, page.Renderer.OptOutConfirm(Action(http, token) + "/optout", page.Seal.For(token, FormPurpose.OptOut)));
    }

    private static async Task<IResult> OptOutAsync(HttpContext http, SurveyPageContext page, string token)
    {
        var (match, failure) = await OpenAsync(http, page, token, allowAnswered: true);
        if (failure is not null)
        {
            return failure;
        }

        var posted = await http.Request.ReadFormAsync(http.RequestAborted);
        if (CrossSite(http) || !page.Seal.IsValid(token, FormPurpose.OptOut, posted[FormSeal.FieldName].ToString()))
        {
            return Html(page, 400, page.Renderer.Message("Page_StaleForm"));
        }

        await page.Store.OptOutAsync(match!.InvitationId, page.Time.GetUtcNow(), http.RequestAborted);
        return Html(page, 200, page.Renderer.Message("Page_OptOutDone"));
    }

    /// <summary>
    /// Finds the token's invitation, or the kind page to answer with instead. A valid link always opens; an unknown or
    /// expired one is a miss counted against the client, and a client past its allowance is told to wait.
    /// </summary>
    private static async Task<(SurveyTokenMatch? Match, IResult? Failure)> OpenAsync(HttpContext http, SurveyPageContext page, string token, bool allowAnswered)
    {
        var match = SurveyTokens.HasShape(token)
            ? await page.Store.FindByTokenHashAsync(SurveyTokens.Hash(token), http.RequestAborted)
            : null;
        if (match is null)
        {
            return (null, await MissAsync(http, page, 404, "Page_Unknown"));
        }

        if (allowAnswered)
        {
            return (match, null);
        }

        if (match.Answered)
        {
            return (match, Html(page, 200, page.Renderer.Message("Page_AlreadyAnswered")));
        }

        return page.Time.GetUtcNow() >= match.ExpiresAt
            ? (match, await MissAsync(http, page, 410, "Page_Expired"))
            : (match, null);
    }

    private static async Task<IResult> MissAsync(HttpContext http, SurveyPageContext page, int status, string textKey) =>
        await page.Misses.RecordMissAsync(ClientKey.Of(http.Connection.RemoteIpAddress), http.RequestAborted)
            ? Html(page, 429, page.Renderer.Message("Page_TooMany"))
            : Html(page, status, page.Renderer.Message(textKey));

    /// <summary>A browser says when a post comes from another site's page; ours are always posted from our own page.</summary>
    private static bool CrossSite(HttpContext http) =>
        string.Equals(http.Request.Headers["Sec-Fetch-Site"].ToString(), "cross-site", StringComparison.OrdinalIgnoreCase);

    private static string Action(HttpContext http, string token) => http.Request.PathBase + "/s/" + token;

    private static HtmlPageResult Html(SurveyPageContext page, int status, string html) => new(status, html, page.Renderer.ContentSecurityPolicy);
}
