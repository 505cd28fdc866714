using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tarmeem.Core.Time;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Reporting.Word;
using Tarmeem.Store.Review;

namespace Tarmeem.Host.Review;

/// <summary>
/// <c>serve</c>'s one-time approval page: GET shows what will be sent and to whom and records nothing (a mail scanner
/// following the link approves nothing); POST approves, checks and delivers, and shows the outcome.
/// </summary>
internal static class ApprovalEndpoints
{
    public static IEndpointRouteBuilder MapReviewApproval(this IEndpointRouteBuilder app)
    {
        app.MapGet("/review/{token}", async (string token, HttpContext http, ReportReviewService reviews, CancellationToken cancellationToken) =>
        {
            NoStore(http);
            var review = await reviews.FindByTokenAsync(token, cancellationToken);
            return review is null ? Unknown() : Html(200, Page(review, reviews, Message(review), review.IsAwaiting));
        });
        app.MapPost("/review/{token}", async (string token, HttpContext http, ReportReviewService reviews, CancellationToken cancellationToken) =>
        {
            NoStore(http);
            var form = await http.Request.ReadFormAsync(cancellationToken);
            if (!string.Equals(form["approve"], "yes", StringComparison.Ordinal))
            {
                return Results.BadRequest();
            }

            if (await reviews.FindByTokenAsync(token, cancellationToken) is not { } review)
            {
                return Unknown();
            }

            try
            {
                var outcome = await reviews.ApproveAsync(KindOf(review), ReportPeriod.Parse(review.Period), cancellationToken);
                // A refusal mailed a new link, so this page offers no second approval; the reviewer edits first.
                return Html(200, Page(outcome.Review, reviews, Message(outcome.Review), canApprove: false));
            }
            catch (DeliveryFailedException)
            {
                return Html(503, Page(review, reviews, ReviewText.Get("Page_Failed"), canApprove: true));
            }
            catch (JobLockBusyException)
            {
                return Html(409, Page(review, reviews, ReviewText.Get("Page_InProgress"), canApprove: false));
            }
        });
        return app;
    }

    private static string Message(ReportReview review) => review.State switch
    {
        ReviewState.Delivered => ReviewText.Get("Page_Delivered"),
        ReviewState.Approved => ReviewText.Get("Page_Approved"),
        ReviewState.Refused => ReviewText.Format("Page_Refused", (review.Refusal ?? "").Replace('\n', ' ')),
        _ => ReviewText.Get("Page_Awaiting"),
    };

    private static string Page(ReportReview review, ReportReviewService reviews, string message, bool canApprove) =>
        ReviewMailComposer.Page(KindOf(review), ReportPeriod.Parse(review.Period), message, reviews.RecipientsFor(review), review.SourceFiles, review.DraftUrl, canApprove);

    private static ReportKind KindOf(ReportReview review) => review.Kind == "board" ? ReportKind.Board : ReportKind.Management;

    private static IResult Unknown() => Html(
        404,
        $"<!DOCTYPE html><html dir=\"rtl\" lang=\"ar\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(ReviewText.Get("Page_Heading"))}</title></head><body dir=\"rtl\" lang=\"ar\"><p>{WebUtility.HtmlEncode(ReviewText.Get("Page_Unknown"))}</p></body></html>");

    private static IResult Html(int status, string html) => Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    private static void NoStore(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
    }
}
